import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import { CANDIDATE_LIMITS, SEARCH_WEIGHTS } from "@/lib/search/ranking";
import { hasClaimFilter, type SearchFilters } from "@/server/search/schemas";
import {
  LABELS,
  constant,
  claimFilters,
  claimantNames,
  tsQuery,
  type Candidate,
  type SearchSql,
} from "@/server/search/search-sql";

type Row = Omit<Candidate, "type"> & { capped: boolean };

const CANDIDATE_COLUMNS = Prisma.sql`c."id", c."articleId", c."status"::text AS "status", c."verdict",
  c."createdById", c."createdAt"`;

/**
 * Claims that match the words: by their own document (quote, claimant, rationale) or one of their
 * sources' (title, publisher), and with `spelling`, by pg_trgm word similarity of the quote or
 * the claimant. Each way is capped (CANDIDATE_LIMITS); every condition is one a GIN index answers.
 * Ranked by the score of lib/search/ranking.ts.
 */
export async function claimCandidates(
  tx: SearchSql,
  query: SearchFilters & { q: string },
  { spelling }: { spelling: boolean },
): Promise<{ candidates: Candidate[]; capped: boolean }> {
  const filters = claimFilters(query);
  const limits = CANDIDATE_LIMITS;
  // Sources are filtered by their claims' columns, which no index of Source holds: with filters,
  // only the first sources whose words match are looked at (else a rare combination reads every
  // matching source's claim: 15,700 at 1,000,000 claims). An article's own claims are few, so
  // with `article` the join starts from them and looks at all.
  const sourcesLooked = query.article || !hasClaimFilter(query) ? limits.claimSources : limits.claimSourcesLooked;
  const sources = query.article
    ? Prisma.sql`SELECT s."claimId" FROM "Source" s JOIN "Claim" c ON c."id" = s."claimId", query
       WHERE "source_search_document"(s."title", s."publisher") @@ query.tsq AND ${filters}`
    : Prisma.sql`SELECT s."claimId" FROM "Source" s, query
       WHERE "source_search_document"(s."title", s."publisher") @@ query.tsq`;
  const byWords = Prisma.sql`
    (SELECT c."id", false AS "viaSource", 'words' AS "way" FROM "Claim" c, query
     WHERE c."searchDocument" @@ query.tsq AND ${filters}
     LIMIT ${constant(limits.claimWords)})
    UNION ALL
    (SELECT c."id", true, 'sources' FROM looked s, LATERAL (
       -- OFFSET 0 keeps this a lookup of each looked source's claim by its key (at most
       -- claimSourcesLooked of them); joined, the planner may read every claim the filters match.
       SELECT c."id" FROM "Claim" c WHERE c."id" = s."claimId" AND ${filters} OFFSET 0) c
     LIMIT ${constant(limits.claimSources)})`;
  const bySpelling = Prisma.sql`
    UNION ALL
    (SELECT c."id", false, 'quote' FROM "Claim" c WHERE ${query.q} <% c."exact" AND ${filters} LIMIT ${constant(limits.claimSpelling)})
    UNION ALL
    (SELECT c."id", false, 'claimant' FROM "Claim" c WHERE c."claimant" IN (${claimantNames(query.q)}) AND ${filters} LIMIT ${constant(limits.claimSpelling)})`;
  const rows = await tx.$queryRaw<Row[]>`
    WITH query AS MATERIALIZED (SELECT ${tsQuery(query.q)} AS tsq),
    looked AS MATERIALIZED (${sources} LIMIT ${constant(sourcesLooked)}),
    hits AS (${byWords} ${spelling ? bySpelling : Prisma.empty}),
    ways AS (SELECT "way", count(*) AS n FROM hits GROUP BY "way"
      UNION ALL SELECT 'looked', count(*) FROM looked),
    found AS (SELECT "id", bool_or("viaSource") AS "viaSource" FROM hits GROUP BY "id")
    SELECT ${CANDIDATE_COLUMNS},
      (${constant(SEARCH_WEIGHTS.words)} * ts_rank_cd(${LABELS}, c."searchDocument", query.tsq, 32)
       + CASE WHEN f."viaSource" THEN ${constant(SEARCH_WEIGHTS.sources)} * COALESCE((
           SELECT max(ts_rank_cd(${LABELS}, "source_search_document"(s."title", s."publisher"), query.tsq, 32))
           FROM "Source" s WHERE s."claimId" = c."id"), 0) ELSE 0 END
       + ${constant(SEARCH_WEIGHTS.spelling)} * GREATEST(word_similarity(${query.q}, c."exact"),
           word_similarity(${query.q}, COALESCE(c."claimant", ''))))::float8 AS "score",
      EXISTS (SELECT 1 FROM ways w WHERE w.n >= CASE w."way"
        WHEN 'words' THEN ${constant(limits.claimWords)} WHEN 'sources' THEN ${constant(limits.claimSources)}
        WHEN 'looked' THEN ${constant(sourcesLooked)} ELSE ${constant(limits.claimSpelling)} END) AS "capped"
    FROM found f JOIN "Claim" c ON c."id" = f."id" CROSS JOIN query`;
  return {
    candidates: rows.map(({ capped: _, ...row }) => ({ type: "claim", ...row })),
    capped: rows[0]?.capped ?? false,
  };
}

/**
 * Without words: the newest claims that match the filters. With a claimant, from each name
 * spelled like it, its newest claims by the (claimant, createdAt, id) index, merged.
 */
export async function newestClaims(tx: SearchSql, query: SearchFilters): Promise<Candidate[]> {
  const limit = constant(CANDIDATE_LIMITS.newest);
  const rows = query.claimant
    ? await tx.$queryRaw<Omit<Candidate, "type" | "score">[]>`
      SELECT c.* FROM (${claimantNames(query.claimant)}) n, LATERAL (
        SELECT ${CANDIDATE_COLUMNS} FROM "Claim" c
        WHERE c."claimant" = n."name" AND ${claimFilters(query, { withoutClaimant: true })}
        ORDER BY c."createdAt" DESC, c."id" DESC LIMIT ${limit}) c
      ORDER BY c."createdAt" DESC, c."id" DESC LIMIT ${limit}`
    : await tx.$queryRaw<Omit<Candidate, "type" | "score">[]>`
      SELECT ${CANDIDATE_COLUMNS} FROM "Claim" c WHERE ${claimFilters(query)}
      ORDER BY c."createdAt" DESC, c."id" DESC LIMIT ${limit}`;
  return rows.map((row) => ({ type: "claim", ...row, score: 0 }));
}
