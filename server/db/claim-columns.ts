// No "server-only" marker: the bench's bare http + pg server (plain Node, bench/bare-server.ts)
// does the same INSERT through bench/floor/insert-claim.ts and reads this list too.

/**
 * The Claim columns Prisma reads, for RETURNING: not `*`, which would include the SQL-only
 * "searchDocument" (a tsvector, which Prisma cannot read; migration 20261202010000).
 */
export const CLAIM_COLUMNS = [
  "id",
  "articleId",
  "number",
  "exact",
  "prefix",
  "suffix",
  "startOffset",
  "endOffset",
  "claimant",
  "verdict",
  "rationale",
  "status",
  "version",
  "verdictEditedById",
  "submittedAt",
  "reviewedById",
  "reviewedAt",
  "assigneeId",
  "createdById",
  "updatedById",
  "createdAt",
  "updatedAt",
  "anchorStatus",
  "anchorScore",
  "anchorRevision",
]
  .map((column) => `"${column}"`)
  .join(", ");
