import Link from "next/link";
import { STATUS_DISPLAY } from "@/lib/claims/status";
import type { SearchResult } from "@/lib/search/search-results";
import { resultHref } from "@/lib/search/search-url";
import { snippetSegments } from "@/lib/search/snippet";
import { VerdictBadge } from "@/components/claims/verdict-badge";

export function SearchResultsList({ results }: { results: SearchResult[] }) {
  return (
    <ol className="search-results">
      {results.map((result) => (
        <li key={`${result.type}-${result.id}`} className="search-result">
          <p className="search-result__kind">{result.type === "claim" ? `Claim ${result.number}` : "Article"}</p>
          <h3 className="search-result__title">
            <Link href={resultHref(result)}>{result.type === "claim" ? `“${result.quote}”` : result.title}</Link>
          </h3>
          {result.type === "claim" && (
            <p className="search-result__meta">
              {result.claimant && <span>{result.claimant} · </span>}
              <span>in {result.title}</span>
            </p>
          )}
          {result.type === "claim" && result.status && (
            <p className="search-result__verdict">
              <VerdictBadge verdict={result.verdict ?? null} />
              <span className="status-label">
                <span aria-hidden="true">{STATUS_DISPLAY[result.status].symbol}</span>{" "}
                {STATUS_DISPLAY[result.status].label}
              </span>
            </p>
          )}
          <p className="search-result__snippet">
            {snippetSegments({ text: result.snippet, highlights: result.highlights }).map((segment, i) =>
              segment.highlighted ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
