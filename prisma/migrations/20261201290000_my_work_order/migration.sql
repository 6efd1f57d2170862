-- My work lists a person's newest claims per status, created by them or assigned to them. With a
-- (person, status, updatedAt, id) index for each way of being theirs, each is a walk of the newest
-- rows (server/claims/my-work.ts merges the two); before, a fact-checker with years of claims had
-- all of them sorted on every visit (1.2 s at 170,000 claims). The assignee index takes the place
-- of (assigneeId, status), which is its prefix.

-- DropIndex
DROP INDEX "Claim_assigneeId_status_idx";

-- CreateIndex
CREATE INDEX "Claim_createdById_status_updatedAt_id_idx" ON "Claim"("createdById", "status", "updatedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Claim_assigneeId_status_updatedAt_id_idx" ON "Claim"("assigneeId", "status", "updatedAt" DESC, "id");
