import Link from "next/link";
import { STATUS_DISPLAY } from "@/lib/claims/status";
import { MY_WORK_HEADINGS, type MyWorkGroup, type MyWorkItem } from "@/lib/work/my-work";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { formatTime } from "@/components/ui/format-time";

function shortQuote(quote: string): string {
  return quote.length > 120 ? `${quote.slice(0, 117)}…` : quote;
}

/** One group of "My work": a heading with its count, then each claim as a link to it on the desk. */
export function WorkGroup({ group, items, total }: { group: MyWorkGroup; items: MyWorkItem[]; total: number }) {
  const { title, empty } = MY_WORK_HEADINGS[group];
  const headingId = `my-work-${group}`;
  return (
    <section aria-labelledby={headingId} className="my-work__group">
      <h2 id={headingId}>
        {title} <span className="count">({total})</span>
      </h2>
      {items.length === 0 ? (
        <p className="my-work__empty">{empty}</p>
      ) : (
        <ul className="my-work__list" aria-label={title}>
          {items.map((item) => (
            <li key={item.claimId} className="my-work__item">
              <Link href={item.href}>
                Claim {item.number}: “{shortQuote(item.quote)}”
              </Link>
              <span className="my-work__meta">
                <span>{item.article.title}</span>
                <span className="status-badge">
                  <span aria-hidden="true">{STATUS_DISPLAY[item.status].symbol}</span>{" "}
                  {STATUS_DISPLAY[item.status].label}
                </span>
                <VerdictBadge verdict={item.verdict} />
                <span>
                  Changed <time dateTime={item.updatedAt}>{formatTime(item.updatedAt)}</time>
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {total > items.length && (
        <p className="my-work__more">
          Showing the {items.length} most recently changed of {total}.
        </p>
      )}
    </section>
  );
}
