// Floor for GET /api/articles/:id: the four statements Prisma sends for readArticle
// (server/articles/article-view.ts), logged from the client and replayed raw: the article, its
// claims in the page's order, their sources (one IN list, as Prisma binds it), then everyone they
// name. Rows are nested and returned as they come, without the app's view mapping.
import type pg from "pg";

const ARTICLE = `SELECT "id", "title", "outlet", "url", "author", "publishedAt", "contentHtml", "contentText",
  "publicSlug", "publicSince", "publishedById", "revision", "lastClaimNumber", "createdById",
  "createdAt", "updatedAt" FROM "Article" WHERE "id" = $1 LIMIT 1`;
const CLAIMS = `SELECT "id", "articleId", "number", "exact", "prefix", "suffix", "startOffset", "endOffset",
  "claimant", "verdict", "rationale", "status"::text, "version", "verdictEditedById", "submittedAt",
  "reviewedById", "reviewedAt", "assigneeId", "createdById", "updatedById", "createdAt", "updatedAt",
  "anchorStatus"::text, "anchorScore", "anchorRevision"
  FROM "Claim" WHERE "articleId" = $1 ORDER BY "startOffset" ASC, "endOffset" DESC`;
const sources = (count: number) =>
  `SELECT "id", "claimId", "url", "title", "publisher", "excerpt", "stance"::text, "addedById", "createdAt"
  FROM "Source" WHERE "claimId" IN (${placeholders(count)}) ORDER BY "createdAt" ASC`;
const users = (count: number) => `SELECT "id", "name" FROM "User" WHERE "id" IN (${placeholders(count)})`;

const placeholders = (count: number) => Array.from({ length: count }, (_, i) => `$${i + 1}`).join(",");

type Row = Record<string, unknown>;

export async function readArticleRaw(pool: pg.Pool, id: string): Promise<unknown> {
  const article = (await pool.query<Row>(ARTICLE, [id])).rows[0];
  if (!article) return null;
  const claims = (await pool.query<Row>(CLAIMS, [id])).rows;
  const claimIds = claims.map((c) => c.id as string);
  const sourceRows = claimIds.length ? (await pool.query<Row>(sources(claimIds.length), claimIds)).rows : [];
  const people = new Set([article.createdById as string]);
  for (const c of claims) {
    for (const field of ["createdById", "updatedById", "verdictEditedById", "reviewedById", "assigneeId"]) {
      if (c[field]) people.add(c[field] as string);
    }
  }
  for (const s of sourceRows) people.add(s.addedById as string);
  const names = (await pool.query<Row>(users(people.size), [...people])).rows;
  const byClaim = new Map<string, Row[]>();
  for (const s of sourceRows) {
    const list = byClaim.get(s.claimId as string);
    if (list) list.push(s);
    else byClaim.set(s.claimId as string, [s]);
  }
  return {
    ...article,
    claims: claims.map((c) => ({ ...c, sources: byClaim.get(c.id as string) ?? [] })),
    people: names,
  };
}
