// The bulk inserts of the bench archive (prisma/seed/archive/archive-data.ts): each table's rows go in as one
// array per column, unnested by PostgreSQL, so a chunk of thousands of rows is one statement.
import type pg from "pg";

export type Row = Record<string, string | number | null>;

/** [column, PostgreSQL array type] in insert order. */
export type Columns = readonly (readonly [string, string])[];

export const ARTICLE_COLUMNS: Columns = [
  ["id", "text"],
  ["title", "text"],
  ["outlet", "text"],
  ["contentHtml", "text"],
  ["contentText", "text"],
  ["lastClaimNumber", "int"],
  ["createdById", "text"],
  ["createdAt", "timestamp(3)"],
  ["updatedAt", "timestamp(3)"],
];

export const RANK_COLUMNS: Columns = [
  ["articleId", "text"],
  ["claimCount", "int"],
  ["createdAt", "timestamp(3)"],
];

export const CLAIM_COLUMNS: Columns = [
  ["id", "text"],
  ["articleId", "text"],
  ["number", "int"],
  ["exact", "text"],
  ["prefix", "text"],
  ["suffix", "text"],
  ["startOffset", "int"],
  ["endOffset", "int"],
  ["claimant", "text"],
  ["verdict", "text"],
  ["rationale", "text"],
  ["status", '"ClaimStatus"'],
  ["verdictEditedById", "text"],
  ["submittedAt", "timestamp(3)"],
  ["reviewedById", "text"],
  ["reviewedAt", "timestamp(3)"],
  ["assigneeId", "text"],
  ["createdById", "text"],
  ["updatedById", "text"],
  ["createdAt", "timestamp(3)"],
  ["updatedAt", "timestamp(3)"],
];

export const SOURCE_COLUMNS: Columns = [
  ["id", "text"],
  ["claimId", "text"],
  ["url", "text"],
  ["title", "text"],
  ["publisher", "text"],
  ["stance", '"SourceStance"'],
  ["addedById", "text"],
  ["createdAt", "timestamp(3)"],
];

/** One INSERT … SELECT FROM unnest(...) with one array parameter per column. */
export async function insertRows(client: pg.Client, table: string, columns: Columns, rows: Row[]) {
  if (rows.length === 0) return;
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  await client.query(
    `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`,
    columns.map(([name]) => rows.map((row) => row[name] ?? null)),
  );
}

// Revision 1 of each article, with the fingerprint lib/article/text-fingerprint.ts computes (the
// archive's text is ASCII, so only the whitespace rule applies).
export const REVISIONS_SQL = `
INSERT INTO "ArticleRevision" ("id", "articleId", "number", "contentHtml", "contentText", "source", "format", "fingerprint", "createdById", "createdAt")
SELECT a."id" || 'r1', a."id", 1, a."contentHtml", a."contentText", 'PASTE', 'text',
       encode(sha256(convert_to(btrim(regexp_replace(a."contentText", E'[ \\t\\n\\r\\f\\v]+', ' ', 'g'), ' '), 'UTF8')), 'hex'),
       a."createdById", a."createdAt"
FROM "Article" a WHERE a."id" = ANY($1::text[])`;

// Each claim's audit trail, as the desk would have written it: CREATED by its author, an edit on
// every fifth, SUBMITTED once it left the draft state, and the editor's decision on reviewed ones.
export const HISTORY_SQL = `
INSERT INTO "ClaimEvent" ("claimId", "articleId", "actorId", "action", "changes", "createdAt")
SELECT c."id", c."articleId", e.actor, e.action::"ClaimEventAction", e.changes::jsonb, e.at
FROM "Claim" c
CROSS JOIN LATERAL (VALUES
  (c."createdById", 'CREATED', '{}', c."createdAt", true),
  (c."updatedById", 'UPDATED', '{"rationale":{"before":null,"after":"edited"}}', c."createdAt" + interval '10 minutes', c."number" % 5 = 0),
  (c."createdById", 'SUBMITTED', '{}', c."submittedAt", c."submittedAt" IS NOT NULL),
  (c."reviewedById", c."status"::text, '{}', c."reviewedAt", c."reviewedAt" IS NOT NULL)
) AS e(actor, action, changes, at, happened)
WHERE c."articleId" = ANY($1::text[]) AND e.happened
ORDER BY c."id", e.at`;

// The review queue's tally (migrations/20261201260000_claim_tally) and search's claimant names
// (20261202020000_claimant_names), counted afresh: their triggers are off during a bulk load.
// Several statements, so sent without parameters.
export const RECOUNT_TALLY_SQL = `
DELETE FROM "ClaimTally";
INSERT INTO "ClaimTally" ("createdById", "status", "verdict", "count")
SELECT "createdById", "status", COALESCE("verdict", ''), COUNT(*)::int FROM "Claim" GROUP BY 1, 2, 3;
DELETE FROM "ClaimantName";
INSERT INTO "ClaimantName" ("name", "claims")
SELECT "claimant", COUNT(*)::int FROM "Claim" WHERE "claimant" IS NOT NULL GROUP BY 1`;
