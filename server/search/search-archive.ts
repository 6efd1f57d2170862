import "server-only";
import { CANDIDATE_LIMITS, SPELLING_FALLBACK_BELOW } from "@/lib/search/ranking";
import { SEARCH_MAX_PAGE, SEARCH_PAGE_SIZE, type SearchResponse } from "@/lib/search/search-results";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { articleCandidates, newestArticles } from "@/server/search/article-candidates";
import { claimCandidates, newestClaims } from "@/server/search/claim-candidates";
import { resultDetails } from "@/server/search/result-details";
import { SearchQuery, hasClaimOnlyFilter } from "@/server/search/schemas";
import { searchFacets } from "@/server/search/search-facets";
import { configureSearch, tsQuery, type Candidate } from "@/server/search/search-sql";

/**
 * Search across the archive: claims (quote, claimant, rationale, source titles and publishers) and
 * articles (title, outlet, text), ranked by lib/search/ranking.ts; without words, the newest that
 * match the filters. Every signed-in user may search everything on the desk, so `actor` scopes
 * nothing today; it is taken so that a future per-desk scope has one place to go.
 */
export async function searchArchive(rawQuery: unknown, _actor: Actor): Promise<SearchResponse> {
  const query = parseInput(SearchQuery, rawQuery);
  const want = {
    claims: query.type !== "article",
    articles: query.type !== "claim" && !hasClaimOnlyFilter(query),
  };
  const { candidates, capped } = query.q ? await byWords({ ...query, q: query.q }, want) : await newest(query, want);
  candidates.sort(query.q ? byScore : newestFirst);

  const total = candidates.length;
  const pageCount = Math.min(SEARCH_MAX_PAGE, Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)));
  const page = query.page ?? 1;
  const onPage = candidates.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE);
  const [results, facets] = await Promise.all([resultDetails(db, onPage, query.q), searchFacets(candidates)]);
  return { results, total, totalCapped: capped, page, pageCount, facets };
}

type Wanted = { claims: boolean; articles: boolean };
type Found = { candidates: Candidate[]; capped: boolean };

async function byWords(query: SearchQuery & { q: string }, want: Wanted): Promise<Found> {
  return db.$transaction(async (tx) => {
    await configureSearch(tx, { byWords: true });
    // Only stop words ("the", "of"): nothing to look for, and near spellings of them match everything.
    const [{ terms }] = await tx.$queryRaw<[{ terms: number }]>`SELECT numnode(${tsQuery(query.q)})::int AS "terms"`;
    if (terms === 0) return { candidates: [], capped: false };
    const run = async (spelling: boolean): Promise<Found> => {
      // One after the other: the statements share the transaction's one connection.
      const parts = [
        want.claims ? await claimCandidates(tx, query, { spelling }) : none,
        want.articles ? await articleCandidates(tx, query, { spelling }) : none,
      ];
      return { candidates: parts.flatMap((p) => p.candidates), capped: parts.some((p) => p.capped) };
    };
    const found = await run(false);
    return found.candidates.length < SPELLING_FALLBACK_BELOW ? run(true) : found;
  });
}

async function newest(query: SearchQuery, want: Wanted): Promise<Found> {
  const [claims, articles] = await db.$transaction(async (tx) => {
    await configureSearch(tx, { byWords: false });
    return [want.claims ? await newestClaims(tx, query) : [], want.articles ? await newestArticles(tx, query) : []];
  });
  const candidates = [...claims, ...articles];
  return { candidates, capped: claims.length >= CANDIDATE_LIMITS.newest || articles.length >= CANDIDATE_LIMITS.newest };
}

const none: Found = { candidates: [], capped: false };

const newestFirst = (a: Candidate, b: Candidate) =>
  b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
const byScore = (a: Candidate, b: Candidate) => b.score - a.score || newestFirst(a, b);
