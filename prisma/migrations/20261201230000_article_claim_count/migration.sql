-- The articles list sorts by "Most claims" a page at a time, so an article carries its number of
-- claims. The numbering trigger already updates the article's row on every new claim; it now
-- counts too, in the same UPDATE, and a delete counts down. The column has no index on purpose:
-- an indexed column would make each of those updates rewrite every index of the article,
-- including its full-text document, where an unindexed one stays a cheap in-page (HOT) update.

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "claimCount" INTEGER NOT NULL DEFAULT 0;

UPDATE "Article" AS a SET "claimCount" = counted.n
FROM (SELECT "articleId", COUNT(*)::int AS n FROM "Claim" GROUP BY "articleId") AS counted
WHERE a."id" = counted."articleId";

CREATE OR REPLACE FUNCTION "claim_assign_number"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."number" IS NULL OR NEW."number" = 0 THEN
    UPDATE "Article" SET "lastClaimNumber" = "lastClaimNumber" + 1, "claimCount" = "claimCount" + 1
      WHERE "id" = NEW."articleId" RETURNING "lastClaimNumber" INTO NEW."number";
  ELSE
    UPDATE "Article" SET "lastClaimNumber" = GREATEST("lastClaimNumber", NEW."number"), "claimCount" = "claimCount" + 1
      WHERE "id" = NEW."articleId";
  END IF;
  RETURN NEW;
END;
$$;

CREATE FUNCTION "claim_count_down"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Article" SET "claimCount" = "claimCount" - 1 WHERE "id" = OLD."articleId";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Claim_count_down" AFTER DELETE ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION "claim_count_down"();

-- Keyset orders of the list: newest/oldest by (createdAt, id), title by (title, id).
DROP INDEX "Article_createdAt_idx";
CREATE INDEX "Article_createdAt_id_idx" ON "Article"("createdAt", "id");
CREATE INDEX "Article_title_id_idx" ON "Article"("title", "id");
