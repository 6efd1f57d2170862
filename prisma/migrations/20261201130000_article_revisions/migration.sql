-- Articles change: numbered revisions, claims anchored in the current one, and history of every
-- re-anchoring. Existing articles become revision 1.

-- CreateEnum
CREATE TYPE "RevisionSource" AS ENUM ('PASTE', 'FILE', 'URL');

-- CreateEnum
CREATE TYPE "AnchorStatus" AS ENUM ('EXACT', 'FUZZY', 'ORPHANED');

-- AlterEnum
ALTER TYPE "ClaimEventAction" ADD VALUE 'REANCHORED';
ALTER TYPE "ClaimEventAction" ADD VALUE 'ANCHOR_CONFIRMED';

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "anchorRevision" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "anchorScore" DOUBLE PRECISION NOT NULL DEFAULT 1,
ADD COLUMN     "anchorStatus" "AnchorStatus" NOT NULL DEFAULT 'EXACT';

-- CreateTable
CREATE TABLE "ArticleRevision" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "contentHtml" TEXT NOT NULL,
    "contentText" TEXT NOT NULL,
    "source" "RevisionSource" NOT NULL,
    "format" TEXT NOT NULL,
    "url" TEXT,
    "fingerprint" TEXT NOT NULL,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ArticleRevision_articleId_number_key" ON "ArticleRevision"("articleId", "number");

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Every existing article becomes revision 1, as it was imported. The fingerprint is the one
-- lib/article/text-fingerprint.ts computes: curly quotes straightened, runs of ASCII whitespace and
-- no-break spaces collapsed to one space, trimmed, SHA-256 in hex.
INSERT INTO "ArticleRevision" ("id", "articleId", "number", "contentHtml", "contentText", "source", "format", "url", "fingerprint", "note", "createdById", "createdAt")
SELECT 'rev1_' || a."id", a."id", 1, a."contentHtml", a."contentText",
       CASE WHEN a."url" IS NULL THEN 'PASTE' ELSE 'URL' END::"RevisionSource",
       'html', a."url",
       encode(sha256(convert_to(
         regexp_replace(regexp_replace(regexp_replace(translate(a."contentText", E'\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F', E'''''''''""""'),
           E'[ \\t\\n\\r\\f\\v\u00A0]+', ' ', 'g'), '^ ', ''), ' $', ''),
         'UTF8')), 'hex'),
       'The article as first imported, before revisions were recorded.',
       a."createdById", a."createdAt"
FROM "Article" a;
