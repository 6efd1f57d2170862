-- The review queue shows how many claims are in each status, overall or for one checker, and how
-- many of them have a given verdict. Counted from the claims, that reads a million rows on every
-- visit to a large desk; kept here, it reads a few dozen. Triggers on Claim keep the tally, one
-- statement at a time: each statement's changes are summed per (checker, status, verdict) first,
-- so an edit that changes none of the three (a rationale, a source) writes nothing here, and the
-- rows a statement does touch are locked in key order, the same order in every statement.
-- verdict '' stands for "no verdict yet".

-- CreateTable
CREATE TABLE "ClaimTally" (
    "createdById" TEXT NOT NULL,
    "status" "ClaimStatus" NOT NULL,
    "verdict" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ClaimTally_pkey" PRIMARY KEY ("createdById","status","verdict")
);

INSERT INTO "ClaimTally" ("createdById", "status", "verdict", "count")
SELECT "createdById", "status", COALESCE("verdict", ''), COUNT(*)::int FROM "Claim" GROUP BY 1, 2, 3;

CREATE FUNCTION "claim_tally_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ClaimTally" AS t ("createdById", "status", "verdict", "count")
  SELECT "createdById", "status", COALESCE("verdict", ''), COUNT(*)::int FROM added
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ("createdById", "status", "verdict") DO UPDATE SET "count" = t."count" + EXCLUDED."count";
  RETURN NULL;
END;
$$;

CREATE FUNCTION "claim_tally_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ClaimTally" AS t SET "count" = t."count" - gone.n
  FROM (
    SELECT "createdById", "status", COALESCE("verdict", '') AS "verdict", COUNT(*)::int AS n FROM removed
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ) AS gone
  WHERE t."createdById" = gone."createdById" AND t."status" = gone."status" AND t."verdict" = gone."verdict";
  RETURN NULL;
END;
$$;

CREATE FUNCTION "claim_tally_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ClaimTally" AS t ("createdById", "status", "verdict", "count")
  SELECT "createdById", "status", "verdict", SUM(delta)::int
  FROM (
    SELECT "createdById", "status", COALESCE("verdict", '') AS "verdict", 1 AS delta FROM added
    UNION ALL
    SELECT "createdById", "status", COALESCE("verdict", ''), -1 FROM removed
  ) AS changes
  GROUP BY 1, 2, 3 HAVING SUM(delta) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ("createdById", "status", "verdict") DO UPDATE SET "count" = t."count" + EXCLUDED."count";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Claim_tally_insert" AFTER INSERT ON "Claim"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "claim_tally_add"();
CREATE TRIGGER "Claim_tally_delete" AFTER DELETE ON "Claim"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "claim_tally_remove"();
CREATE TRIGGER "Claim_tally_update" AFTER UPDATE ON "Claim"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "claim_tally_change"();
