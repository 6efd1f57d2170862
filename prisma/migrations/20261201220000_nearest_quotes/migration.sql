-- "Already fact-checked" asks for the quotes nearest to a claim's, not for every quote above a
-- similarity: a GiST trigram index answers `ORDER BY lower("exact") <-> lower($quote) LIMIT n`
-- by walking towards the nearest, so the work stays bounded when thousands of archive quotes are
-- alike (the GIN index behind `%` rechecks every one of them). It is on lower("exact") so that the
-- search's `<%` on "exact" keeps the GIN index; pg_trgm folds case anyway, so the distances are the
-- same. siglen=256: measured against 64 and 1024 in bench/match-timing.ts's archive, see
-- lib/matching/tiers.ts.
CREATE INDEX "Claim_exact_nearest_idx" ON "Claim" USING GIST (lower("exact") gist_trgm_ops(siglen = 256));
