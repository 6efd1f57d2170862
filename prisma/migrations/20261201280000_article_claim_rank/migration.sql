-- "Most claims" needs an index on the claim count, and an index on Article."claimCount" would
-- make the update every new claim makes to its article (the numbering trigger) a non-HOT one,
-- rewriting every index of the article, its full-text document included. So the count moves to
-- a narrow table of its own, one row per article, with the index of the list's order
-- (claimCount, createdAt, articleId, all descending): the list reads it as a seek, and a new
-- claim updates the article row (its number counter, HOT) and this row (two small indexes).

-- CreateTable
CREATE TABLE "ArticleClaimRank" (
    "articleId" TEXT NOT NULL,
    "claimCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArticleClaimRank_pkey" PRIMARY KEY ("articleId")
);

INSERT INTO "ArticleClaimRank" ("articleId", "claimCount", "createdAt")
SELECT "id", "claimCount", "createdAt" FROM "Article";

-- CreateIndex
CREATE INDEX "ArticleClaimRank_claimCount_createdAt_articleId_idx" ON "ArticleClaimRank"("claimCount" DESC, "createdAt" DESC, "articleId" DESC);

-- AddForeignKey
ALTER TABLE "ArticleClaimRank" ADD CONSTRAINT "ArticleClaimRank_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Article" DROP COLUMN "claimCount";

CREATE FUNCTION "article_claim_rank_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ArticleClaimRank" ("articleId", "claimCount", "createdAt") VALUES (NEW."id", 0, NEW."createdAt");
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Article_claim_rank" AFTER INSERT ON "Article"
  FOR EACH ROW EXECUTE FUNCTION "article_claim_rank_add"();

CREATE OR REPLACE FUNCTION "claim_assign_number"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."number" IS NULL OR NEW."number" = 0 THEN
    UPDATE "Article" SET "lastClaimNumber" = "lastClaimNumber" + 1
      WHERE "id" = NEW."articleId" RETURNING "lastClaimNumber" INTO NEW."number";
  ELSE
    UPDATE "Article" SET "lastClaimNumber" = GREATEST("lastClaimNumber", NEW."number")
      WHERE "id" = NEW."articleId";
  END IF;
  UPDATE "ArticleClaimRank" SET "claimCount" = "claimCount" + 1 WHERE "articleId" = NEW."articleId";
  RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION "claim_count_down"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ArticleClaimRank" SET "claimCount" = "claimCount" - 1 WHERE "articleId" = OLD."articleId";
  RETURN NULL;
END;
$$;
