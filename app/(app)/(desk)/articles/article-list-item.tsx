import Link from "next/link";
import type { ArticleListItem } from "@/lib/articles/article-list";
import { CLAIM_STATUSES, STATUS_DISPLAY } from "@/lib/claims/status";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** One article: what it is, how far its claims have come, and whether readers can see it. */
export function ArticleListEntry({ article: a }: { article: ArticleListItem }) {
  const byStatus = CLAIM_STATUSES.filter((s) => a.statusCounts[s] > 0);
  return (
    <li>
      <Link href={`/articles/${a.id}`}>{a.title}</Link>
      <p className="article-list__meta">
        {[
          a.outlet,
          a.author,
          a.publishedAt &&
            new Date(a.publishedAt).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" }),
          `added by ${a.createdBy.name}`,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <p className="article-list__status">
        <span>{plural(a.claimCount, "claim")}</span>
        {byStatus.length > 0 && ": "}
        {byStatus.map((s, i) => (
          <span key={s} className="article-list__count">
            {i > 0 && ", "}
            <span aria-hidden="true">{STATUS_DISPLAY[s].symbol}</span> {a.statusCounts[s]}{" "}
            {STATUS_DISPLAY[s].label.toLowerCase()}
          </span>
        ))}
        <span className="article-list__published">
          {a.publicPath ? (
            <>
              Published: <a href={a.publicPath}>public page</a>
            </>
          ) : (
            "Not published"
          )}
        </span>
      </p>
    </li>
  );
}
