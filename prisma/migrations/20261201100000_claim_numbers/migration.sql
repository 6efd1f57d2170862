-- Stable claim numbers: each claim keeps one number per article, assigned at creation and never
-- reused after a deletion, so "Claim 8" is the same claim on the desk, in the queue, in every
-- export and on the public page.

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "lastClaimNumber" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "number" INTEGER NOT NULL DEFAULT 0;

-- Existing claims are numbered in text order (outer claims before the claims nested in them),
-- as the desk numbered them until now.
UPDATE "Claim" AS c SET "number" = ordered.n
FROM (
  SELECT "id", ROW_NUMBER() OVER (PARTITION BY "articleId" ORDER BY "startOffset", "endOffset" DESC, "createdAt", "id") AS n
  FROM "Claim"
) AS ordered
WHERE c."id" = ordered."id";

UPDATE "Article" AS a SET "lastClaimNumber" = counted.n
FROM (SELECT "articleId", MAX("number") AS n FROM "Claim" GROUP BY "articleId") AS counted
WHERE a."id" = counted."articleId";

-- CreateIndex
CREATE UNIQUE INDEX "Claim_articleId_number_key" ON "Claim"("articleId", "number");

-- Every insert path (the service, seed factories, bulk loads) gets its number here, from the
-- article's counter under the article's row lock, so two claims created at once never share one.
-- A number given explicitly is kept and moves the counter past it.
CREATE FUNCTION "claim_assign_number"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."number" IS NULL OR NEW."number" = 0 THEN
    UPDATE "Article" SET "lastClaimNumber" = "lastClaimNumber" + 1
      WHERE "id" = NEW."articleId" RETURNING "lastClaimNumber" INTO NEW."number";
  ELSE
    UPDATE "Article" SET "lastClaimNumber" = GREATEST("lastClaimNumber", NEW."number")
      WHERE "id" = NEW."articleId";
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Claim_assign_number" BEFORE INSERT ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION "claim_assign_number"();
