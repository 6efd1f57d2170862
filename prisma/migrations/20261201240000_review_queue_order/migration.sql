-- The review queue pages by keyset in its own orders (server/review/list-review-queue.ts): in
-- review by (submittedAt, id) with claims never submitted first, any other status by (updatedAt
-- descending, id). An index in exactly each order lets a page be a seek that reads its own rows
-- only, however many claims wait (the old (status, submittedAt) index sorted NULLs last, so
-- PostgreSQL read and sorted every claim in review for each page).
DROP INDEX "Claim_status_submittedAt_idx";
CREATE INDEX "Claim_status_submittedAt_id_idx" ON "Claim"("status", "submittedAt" ASC NULLS FIRST, "id");
CREATE INDEX "Claim_status_updatedAt_id_idx" ON "Claim"("status", "updatedAt" DESC, "id");
