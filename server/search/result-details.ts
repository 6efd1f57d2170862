import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import type { ClaimStatus } from "@/lib/claims/claim-view";
import { nearSpellingHighlights } from "@/lib/search/near-spelling";
import { HIGHLIGHT_END, HIGHLIGHT_START, parseHeadline } from "@/lib/search/snippet";
import type { SearchResult } from "@/lib/search/search-results";
import type { VerdictKey } from "@/lib/verdicts";
import { tsQuery, type Candidate, type SearchSql } from "@/server/search/search-sql";

// ts_headline marks matches with control characters no stored text holds (lib/search/snippet.ts).
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
/** Snippets come from an article's first characters: ts_headline parses all it is given. */
const ARTICLE_SNIPPET_CHARS = 10_000;
const PLAIN_SNIPPET_CHARS = 240;

interface DetailRow {
  id: string;
  articleId: string;
  title: string;
  number: number | null;
  quote: string | null;
  claimant: string | null;
  verdict: string | null;
  status: string | null;
  marked: string;
}

/**
 * The page's results in full: titles, quotes and a snippet each, highlighted by ts_headline when
 * there are words (a claim's snippet reads from its quote, claimant, rationale and sources).
 */
export async function resultDetails(tx: SearchSql, page: Candidate[], q: string | undefined): Promise<SearchResult[]> {
  const claimIds = page.filter((c) => c.type === "claim").map((c) => c.id);
  const articleIds = page.filter((c) => c.type === "article").map((c) => c.id);
  const headline = (document: Prisma.Sql) =>
    q
      ? Prisma.sql`ts_headline('english', ${document}, ${tsQuery(q)}, ${HEADLINE_OPTIONS})`
      : Prisma.sql`left(${document}, ${PLAIN_SNIPPET_CHARS})`;
  const claimDocument = Prisma.sql`concat_ws(' — ', c."exact", c."claimant", c."rationale",
    (SELECT string_agg(concat_ws(', ', s."title", s."publisher"), '; ' ORDER BY s."createdAt") FROM "Source" s WHERE s."claimId" = c."id"))`;
  const rows = await tx.$queryRaw<DetailRow[]>`
    SELECT c."id", c."articleId", a."title", c."number", c."exact" AS "quote", c."claimant", c."verdict",
           c."status"::text AS "status", ${headline(claimDocument)} AS "marked"
    FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" WHERE c."id" = ANY(${claimIds}::text[])
    UNION ALL
    SELECT a."id", a."id", a."title", NULL, NULL, NULL, NULL, NULL,
           ${headline(Prisma.sql`concat_ws(' — ', a."title", a."outlet", left(a."contentText", ${ARTICLE_SNIPPET_CHARS}))`)}
    FROM "Article" a WHERE a."id" = ANY(${articleIds}::text[])`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return page.flatMap((candidate) => {
    const row = byId.get(candidate.id);
    // Deleted between the two statements: left out rather than shown half.
    return row ? [toResult(candidate, row, q)] : [];
  });
}

function toResult(candidate: Candidate, row: DetailRow, q: string | undefined): SearchResult {
  const headline = parseHeadline(row.marked);
  const { text } = headline;
  // Found by spelling alone: mark the words spelled like the search instead.
  const highlights = headline.highlights.length === 0 && q ? nearSpellingHighlights(text, q) : headline.highlights;
  const common = {
    type: candidate.type,
    id: row.id,
    articleId: row.articleId,
    title: row.title,
    snippet: text,
    highlights,
    score: Math.round(candidate.score * 10_000) / 10_000,
    createdAt: candidate.createdAt.toISOString(),
  };
  if (candidate.type === "article") return common;
  return {
    ...common,
    number: row.number ?? undefined,
    quote: row.quote ?? undefined,
    claimant: row.claimant,
    verdict: row.verdict as VerdictKey | null,
    status: row.status as ClaimStatus,
  };
}
