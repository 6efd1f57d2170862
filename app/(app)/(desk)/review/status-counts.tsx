import Link from "next/link";
import type { ClaimStatus } from "@/lib/claims/claim-view";
import { STATUS_DISPLAY } from "@/lib/claims/status";
import { reviewQueuePath, type ReviewQueueFilters } from "@/lib/review/review-queue";

// The queue's own status first, then where claims go from it.
const ORDER: ClaimStatus[] = ["IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "DRAFT"];

/** The queue's address for one status, keeping the other filters. */
function statusHref(selected: ReviewQueueFilters, status: ClaimStatus): string {
  return reviewQueuePath({ ...selected, status });
}

/**
 * Claims per status as words and numbers, each a link that lists the claims of that status;
 * says which filters the numbers follow.
 */
export function StatusCounts({
  counts,
  selected,
  status,
}: {
  counts: Record<ClaimStatus, number>;
  selected: ReviewQueueFilters;
  /** The status listed now. */
  status: ClaimStatus;
}) {
  const scoped = Boolean(selected.articleId || selected.checkerId);
  const note = scoped
    ? "Counts follow the article and checker filters, and include every verdict."
    : selected.verdict
      ? "Counts cover every article, checker and verdict."
      : null;
  return (
    <nav className="review-counts" aria-labelledby="review-counts-heading">
      <h2 id="review-counts-heading" className="visually-hidden">
        Claims by status
      </h2>
      <ul className="review-counts__list">
        {ORDER.map((s) => (
          <li key={s} className={`review-counts__item review-counts__item--${s.toLowerCase()}`}>
            <Link
              href={statusHref(selected, s)}
              className="review-counts__link"
              aria-current={s === status ? "page" : undefined}
            >
              <span aria-hidden="true">{STATUS_DISPLAY[s].symbol}</span> {STATUS_DISPLAY[s].label}:{" "}
              <strong>{counts[s]}</strong>
            </Link>
          </li>
        ))}
      </ul>
      {note && <p className="review-counts__note">{note}</p>}
    </nav>
  );
}
