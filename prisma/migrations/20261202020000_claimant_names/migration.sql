-- Search's claimant filter is tolerant of spelling ("Sergei Kislyak" finds "Sergey Kislyak": pg_trgm
-- word similarity). Tested claim by claim, a common name matched 28,000 of 1,000,000 claims, and
-- listing the newest of them meant reading all 28,000 (450 ms), or walking the newest claims
-- until enough matched (165 ms). A desk has far fewer claimants than claims: the spelling is
-- matched against this list of the distinct names, then each matching name's newest claims are
-- read from the (claimant, createdAt, id) index, a few rows for each (server/search).
-- Triggers on Claim keep the list, one statement at a time as for ClaimTally (20261201260000);
-- a name leaves the list when its last claim is deleted or renamed.

-- CreateTable
CREATE TABLE "ClaimantName" (
    "name" TEXT NOT NULL,
    "claims" INTEGER NOT NULL,

    CONSTRAINT "ClaimantName_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "ClaimantName_name_trgm_idx" ON "ClaimantName" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_claimant_createdAt_id_idx" ON "Claim"("claimant", "createdAt", "id");

INSERT INTO "ClaimantName" ("name", "claims")
SELECT "claimant", COUNT(*)::int FROM "Claim" WHERE "claimant" IS NOT NULL GROUP BY 1;

-- Each statement's changes summed per name first, the names locked in key order.
CREATE FUNCTION "claimant_names_apply"(changes jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ClaimantName" AS t ("name", "claims")
  SELECT c.name, c.delta FROM jsonb_to_recordset(changes) AS c(name text, delta int) ORDER BY c.name
  ON CONFLICT ("name") DO UPDATE SET "claims" = t."claims" + EXCLUDED."claims";
  DELETE FROM "ClaimantName"
  WHERE "claims" <= 0 AND "name" IN (SELECT c.name FROM jsonb_to_recordset(changes) AS c(name text, delta int));
END;
$$;

CREATE FUNCTION "claimant_names_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "claimant_names_apply"((
    SELECT jsonb_agg(jsonb_build_object('name', "claimant", 'delta', n)) FROM (
      SELECT "claimant", COUNT(*)::int AS n FROM added WHERE "claimant" IS NOT NULL GROUP BY 1
    ) AS names));
  RETURN NULL;
END;
$$;

CREATE FUNCTION "claimant_names_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "claimant_names_apply"((
    SELECT jsonb_agg(jsonb_build_object('name', "claimant", 'delta', -n)) FROM (
      SELECT "claimant", COUNT(*)::int AS n FROM removed WHERE "claimant" IS NOT NULL GROUP BY 1
    ) AS names));
  RETURN NULL;
END;
$$;

CREATE FUNCTION "claimant_names_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "claimant_names_apply"((
    SELECT jsonb_agg(jsonb_build_object('name', "claimant", 'delta', n)) FROM (
      SELECT "claimant", SUM(delta)::int AS n FROM (
        SELECT "claimant", 1 AS delta FROM added WHERE "claimant" IS NOT NULL
        UNION ALL
        SELECT "claimant", -1 FROM removed WHERE "claimant" IS NOT NULL
      ) AS changes GROUP BY 1 HAVING SUM(delta) <> 0
    ) AS names));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Claim_claimants_insert" AFTER INSERT ON "Claim"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "claimant_names_add"();
CREATE TRIGGER "Claim_claimants_delete" AFTER DELETE ON "Claim"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "claimant_names_remove"();
CREATE TRIGGER "Claim_claimants_update" AFTER UPDATE ON "Claim"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "claimant_names_change"();
