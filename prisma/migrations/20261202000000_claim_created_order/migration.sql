-- Search by creation time. Without words, search lists the newest claims matching the filters: it
-- now walks this index backwards and stops at the newest 1,000 that match, where before every
-- claim the filters matched was read and sorted (a claimant filter over 1,000,000 claims: 28,000
-- rows, 450 ms). With words and a date range, PostgreSQL ANDs the words' matches with the range
-- from this index instead of reading every matching claim to test its date (13,900 rows read for
-- 200 found in one year of four).

-- CreateIndex
CREATE INDEX "Claim_createdAt_id_idx" ON "Claim"("createdAt", "id");
