import "server-only";
import type { ClaimStatus } from "@/lib/claims/claim-view";
import { STATUS_DISPLAY } from "@/lib/claims/status";
import type { FacetCount, SearchFacets } from "@/lib/search/search-results";
import { verdictByKey } from "@/lib/verdicts";
import { db } from "@/server/db";
import type { Candidate } from "@/server/search/search-sql";

const TOP_ARTICLES = 10;

/**
 * Counts per status, verdict, checker and article (top ten) over the claims this search found,
 * every filter applied: a facet says how the current results divide, and following one narrows
 * them. Counted from the candidates in memory, so facets cost no extra scan of the archive.
 */
export async function searchFacets(candidates: Candidate[]): Promise<SearchFacets> {
  const claims = candidates.filter((c) => c.type === "claim");
  const status = countBy(claims, (c) => c.status);
  const verdict = countBy(claims, (c) => c.verdict);
  const checker = countBy(claims, (c) => c.createdById);
  const article = countBy(claims, (c) => c.articleId).slice(0, TOP_ARTICLES);
  const [people, articles] = await Promise.all([
    db.user.findMany({ where: { id: { in: checker.map(([id]) => id) } }, select: { id: true, name: true } }),
    db.article.findMany({ where: { id: { in: article.map(([id]) => id) } }, select: { id: true, title: true } }),
  ]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const facet = (counts: [string, number][], label: (value: string) => string | undefined): FacetCount[] =>
    counts.flatMap(([value, count]) => {
      const text = label(value);
      return text === undefined ? [] : [{ value, label: text, count }];
    });
  return {
    status: facet(status, (s) => STATUS_DISPLAY[s as ClaimStatus]?.label),
    verdict: facet(verdict, (v) => verdictByKey(v)?.label),
    checker: facet(checker, (id) => names.get(id)),
    article: facet(article, (id) => titles.get(id)),
  };
}

/** [value, count] pairs, most first (ties by value), without nulls. */
function countBy(items: Candidate[], key: (item: Candidate) => string | null): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const value = key(item);
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
