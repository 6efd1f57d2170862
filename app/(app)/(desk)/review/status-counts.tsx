import type { ClaimStatus } from "@/lib/claims/claim-view";
import { STATUS_DISPLAY } from "@/lib/claims/status";
import type { ReviewQueueFilters } from "@/lib/review/review-queue";

// The queue's own status first, then where claims go from it.
const ORDER: ClaimStatus[] = ["IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "DRAFT"];

/** Claims per status as words and numbers; says which filters the numbers follow. */
export function StatusCounts({
  counts,
  selected,
}: {
  counts: Record<ClaimStatus, number>;
  selected: ReviewQueueFilters;
}) {
  const scoped = Boolean(selected.articleId || selected.checkerId);
  const note = scoped
    ? "Counts follow the article and checker filters, and include every verdict."
    : selected.verdict
      ? "Counts cover every article, checker and verdict."
      : null;
  return (
    <section className="review-counts" aria-labelledby="review-counts-heading">
      <h2 id="review-counts-heading" className="visually-hidden">
        Claims by status
      </h2>
      <ul className="review-counts__list">
        {ORDER.map((status) => (
          <li key={status} className={`review-counts__item review-counts__item--${status.toLowerCase()}`}>
            <span aria-hidden="true">{STATUS_DISPLAY[status].symbol}</span> {STATUS_DISPLAY[status].label}:{" "}
            <strong>{counts[status]}</strong>
          </li>
        ))}
      </ul>
      {note && <p className="review-counts__note">{note}</p>}
    </section>
  );
}
