import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import { CANDIDATE_LIMITS, LABEL_WEIGHTS, SPELLING_THRESHOLD } from "@/lib/search/ranking";
import type { SearchFilters } from "@/server/search/schemas";

/** The statements one search runs, on the pool or inside its transaction. */
export type SearchSql = Pick<Prisma.TransactionClient, "$queryRaw">;

/** A result before its details are read: enough to rank, count facets and page. */
export interface Candidate {
  type: "claim" | "article";
  id: string;
  articleId: string;
  status: string | null;
  verdict: string | null;
  createdById: string;
  createdAt: Date;
  score: number;
}

// Constants from code, never input: inlined so the planner sees them (and the driver would send
// a number parameter as text).
export const constant = (value: number) => Prisma.raw(String(Number(value)));
export const LABELS = Prisma.raw(`'{${LABEL_WEIGHTS.join(",")}}'::float4[]`);

/** The parsed query, for `WITH query AS (...)`: built once per statement. */
export const tsQuery = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;

/**
 * The query with its phrases loosened to "all these words" (`<->` becomes `&`), for articles: a
 * phrase makes PostgreSQL re-read every candidate's document to check the words' order, and an
 * article's document is its whole text. An article thus matches a phrase's words anywhere in it.
 */
export const tsQueryWithoutPhrases = (q: string) =>
  Prisma.sql`regexp_replace(websearch_to_tsquery('english', ${q})::text, '<[0-9]+>|<->', '&', 'g')::tsquery`;

/**
 * Settings for the transaction a search runs in: pg_trgm's match threshold (the claimant filter
 * uses it too), and, for a search with words, no sequential scans. The planner cannot know that each row it would scan costs a full-text parse
 * (the documents are expression indexes, not stored columns), and with a LIMIT it picks a scan
 * that parses thousands of rows; the GIN indexes answer these conditions at any size.
 */
export async function configureSearch(tx: SearchSql, { byWords }: { byWords: boolean }): Promise<void> {
  await tx.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(SPELLING_THRESHOLD)}, true),
    set_config('enable_seqscan', ${byWords ? "off" : "on"}, true)`;
}

const to = (value: string) => Prisma.sql`(${value}::date + 1)::timestamp`;
const from = (value: string) => Prisma.sql`${value}::date::timestamp`;

/**
 * The claimants spelled like `spelling` (word similarity ≥ SPELLING_THRESHOLD), from the list of
 * distinct names (ClaimantName), at most CANDIDATE_LIMITS.claimantNames of them, those with most
 * claims first.
 */
export const claimantNames = (spelling: string) =>
  Prisma.sql`SELECT n."name" FROM "ClaimantName" n WHERE ${spelling} <% n."name"
    ORDER BY n."claims" DESC, n."name" LIMIT ${constant(CANDIDATE_LIMITS.claimantNames)}`;

/** The filters on a claim `c`, joined with AND; `claimant` is left out with `withoutClaimant`. */
export function claimFilters(query: SearchFilters, { withoutClaimant = false } = {}): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (query.status) where.push(Prisma.sql`c."status" = ${query.status}::"ClaimStatus"`);
  if (query.verdict) where.push(Prisma.sql`c."verdict" = ${query.verdict}`);
  if (query.claimant && !withoutClaimant) where.push(Prisma.sql`c."claimant" IN (${claimantNames(query.claimant)})`);
  if (query.checker) where.push(Prisma.sql`c."createdById" = ${query.checker}`);
  if (query.assignee) where.push(Prisma.sql`c."assigneeId" = ${query.assignee}`);
  if (query.article) where.push(Prisma.sql`c."articleId" = ${query.article}`);
  if (query.from) where.push(Prisma.sql`c."createdAt" >= ${from(query.from)}`);
  if (query.to) where.push(Prisma.sql`c."createdAt" < ${to(query.to)}`);
  return Prisma.join(where, " AND ");
}

/** The filters on an article `a` (only the article and the dates apply to articles). */
export function articleFilters(query: SearchFilters): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (query.article) where.push(Prisma.sql`a."id" = ${query.article}`);
  if (query.from) where.push(Prisma.sql`a."createdAt" >= ${from(query.from)}`);
  if (query.to) where.push(Prisma.sql`a."createdAt" < ${to(query.to)}`);
  return Prisma.join(where, " AND ");
}
