import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import { CANDIDATE_LIMITS, SEARCH_WEIGHTS } from "@/lib/search/ranking";
import type { SearchFilters } from "@/server/search/schemas";
import {
  LABELS,
  constant,
  articleFilters,
  tsQueryWithoutPhrases,
  type Candidate,
  type SearchSql,
} from "@/server/search/search-sql";

type Row = Omit<Candidate, "type"> & { capped: boolean };

const CANDIDATE_COLUMNS = Prisma.sql`a."id", a."id" AS "articleId", NULL::text AS "status", NULL::text AS "verdict",
  a."createdById", a."createdAt"`;

/** Articles whose title, outlet or text match the words (and with `spelling`, whose title is spelled like them). */
export async function articleCandidates(
  tx: SearchSql,
  query: SearchFilters & { q: string },
  { spelling }: { spelling: boolean },
): Promise<{ candidates: Candidate[]; capped: boolean }> {
  const filters = articleFilters(query);
  const limits = CANDIDATE_LIMITS;
  const bySpelling = Prisma.sql`
    UNION ALL
    (SELECT a."id", 'title' AS "way" FROM "Article" a WHERE ${query.q} <% a."title" AND ${filters} LIMIT ${constant(limits.articleSpelling)})`;
  const rows = await tx.$queryRaw<Row[]>`
    WITH query AS MATERIALIZED (SELECT ${tsQueryWithoutPhrases(query.q)} AS tsq),
    hits AS (
      (SELECT a."id", 'words' AS "way" FROM "Article" a, query
       WHERE "article_search_document"(a."title", a."outlet", a."contentText") @@ query.tsq AND ${filters}
       LIMIT ${constant(limits.articleWords)})
      ${spelling ? bySpelling : Prisma.empty}),
    ways AS (SELECT "way", count(*) AS n FROM hits GROUP BY "way"),
    found AS (SELECT "id", bool_or("way" = 'words') AS "byWords" FROM hits GROUP BY "id")
    SELECT ${CANDIDATE_COLUMNS},
      (${constant(SEARCH_WEIGHTS.words)} * ts_rank_cd(${LABELS},
          setweight(to_tsvector('english', a."title"), 'A') || setweight(to_tsvector('english', COALESCE(a."outlet", '')), 'B'),
          query.tsq, 32)
       + CASE WHEN f."byWords" THEN ${constant(SEARCH_WEIGHTS.body)} ELSE 0 END
       + ${constant(SEARCH_WEIGHTS.spelling)} * word_similarity(${query.q}, a."title"))::float8 AS "score",
      EXISTS (SELECT 1 FROM ways w WHERE w.n >= CASE w."way"
        WHEN 'words' THEN ${constant(limits.articleWords)} ELSE ${constant(limits.articleSpelling)} END) AS "capped"
    FROM found f JOIN "Article" a ON a."id" = f."id" CROSS JOIN query`;
  return {
    candidates: rows.map(({ capped: _, ...row }) => ({ type: "article", ...row })),
    capped: rows[0]?.capped ?? false,
  };
}

/** Without words: the newest articles that match the filters. */
export async function newestArticles(tx: SearchSql, query: SearchFilters): Promise<Candidate[]> {
  const rows = await tx.$queryRaw<Omit<Candidate, "type" | "score">[]>`
    SELECT ${CANDIDATE_COLUMNS} FROM "Article" a WHERE ${articleFilters(query)}
    ORDER BY a."createdAt" DESC, a."id" DESC LIMIT ${constant(CANDIDATE_LIMITS.newest)}`;
  return rows.map((row) => ({ type: "article", ...row, score: 0 }));
}
