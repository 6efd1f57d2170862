-- A claim's full-text document, stored. Search ranks each candidate with ts_rank_cd over the
-- document, and with only the expression index (20261201210000) every candidate's quote, claimant
-- and rationale were parsed again to rank it: 20–35 ms for the 300 candidates of a common phrase
-- at 1,000,000 claims, a third of the search. PostgreSQL keeps the column in step with the three
-- fields on every insert and update (GENERATED ... STORED), so no code writes it; Prisma cannot
-- declare such a column, so it is SQL-only like the index (server/db/migrations.integration.test.ts
-- lists both). The index now reads the column instead of computing the same expression.

ALTER TABLE "Claim" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS ("claim_search_document"("exact", "claimant", "rationale")) STORED;

DROP INDEX "Claim_search_idx";
CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN ("searchDocument");
