import "server-only";
import { decodeCursor, encodeCursor, pageOf, type CursorValue } from "@/lib/pagination/cursor";
import { CANDIDATE_LIMITS, SPELLING_FALLBACK_BELOW } from "@/lib/search/ranking";
import type { SearchResponse } from "@/lib/search/search-results";
import { db } from "@/server/db";
import { badCursor } from "@/server/db/keyset";
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
 *
 * Pages are by keyset over the ranked candidates: a cursor holds the last result's sort values
 * (score, creation time, id; without words, creation time and id), so a claim saved or deleted
 * while someone reads page 3 does not shift page 4 by one.
 */
export async function searchArchive(rawQuery: unknown, _actor: Actor): Promise<SearchResponse> {
  const query = parseInput(SearchQuery, rawQuery);
  const want = {
    claims: query.type !== "article",
    articles: query.type !== "claim" && !hasClaimOnlyFilter(query),
  };
  const { candidates, capped } = query.q ? await byWords({ ...query, q: query.q }, want) : await newest(query, want);
  const order = query.q ? ORDERS.relevance : ORDERS.newest;
  candidates.sort((a, b) => compareKeys(order.key(a), order.key(b)));

  const after = query.cursor ? afterCursor(order, query.cursor) : null;
  const rest = after ? candidates.filter((c) => compareKeys(order.key(c), after) > 0) : candidates;
  const page = pageOf(
    rest,
    query.limit,
    (c) => c,
    (c) => encodeCursor(order.name, order.key(c)),
  );
  const [results, facets] = await Promise.all([resultDetails(db, page.items, query.q), searchFacets(candidates)]);
  return { results, total: candidates.length, totalCapped: capped, nextCursor: page.nextCursor, facets };
}

/**
 * A sort as the values that order it, each ascending in the list's order: by score (highest
 * first), then newest, then id (the tie-break every list uses); without words, newest then id.
 */
interface Order {
  name: "relevance" | "newest";
  key: (candidate: Candidate) => CursorValue[];
}

const ORDERS = {
  relevance: { name: "relevance", key: (c) => [-c.score, -c.createdAt.getTime(), c.id] },
  newest: { name: "newest", key: (c) => [-c.createdAt.getTime(), c.id] },
} satisfies Record<string, Order>;

function afterCursor(order: Order, cursor: string): CursorValue[] {
  const count = order.name === "relevance" ? 3 : 2;
  const values = decodeCursor(cursor, order.name, count);
  const valid = values?.every((v, i) => (i === count - 1 ? typeof v === "string" : typeof v === "number"));
  if (!values || !valid) throw badCursor("search or another order (with words, results are by relevance)");
  return values;
}

function compareKeys(a: readonly CursorValue[], b: readonly CursorValue[]): number {
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x !== y) return x! < y! ? -1 : 1;
  }
  return 0;
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
