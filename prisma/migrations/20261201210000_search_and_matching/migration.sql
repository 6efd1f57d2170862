-- Finding what was checked before: full-text and trigram search over claims, sources and
-- articles; links between a claim and the earlier fact-check it uses; dismissed matches and
-- dismissed check-worthy sentence suggestions.

-- pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it. The
-- embedded database loads it from @electric-sql/pglite/contrib/pg_trgm (scripts/embedded-db.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterEnum
ALTER TYPE "ClaimEventAction" ADD VALUE 'LINKED';

-- CreateTable
CREATE TABLE "ClaimLink" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "linkedClaimId" TEXT NOT NULL,
    "copied" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimMatchDismissal" (
    "claimId" TEXT NOT NULL,
    "otherClaimId" TEXT NOT NULL,
    "dismissedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimMatchDismissal_pkey" PRIMARY KEY ("claimId","otherClaimId")
);

-- CreateTable
CREATE TABLE "SuggestionDismissal" (
    "articleId" TEXT NOT NULL,
    "sentenceKey" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "dismissedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionDismissal_pkey" PRIMARY KEY ("articleId","sentenceKey")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLink_claimId_linkedClaimId_key" ON "ClaimLink"("claimId", "linkedClaimId");

-- CreateIndex
CREATE INDEX "ClaimLink_linkedClaimId_idx" ON "ClaimLink"("linkedClaimId");

-- CreateIndex
CREATE INDEX "ClaimMatchDismissal_otherClaimId_idx" ON "ClaimMatchDismissal"("otherClaimId");

-- CreateIndex
CREATE INDEX "Claim_exact_trgm_idx" ON "Claim" USING GIN ("exact" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_claimant_trgm_idx" ON "Claim" USING GIN ("claimant" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Article_title_trgm_idx" ON "Article" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Source_title_trgm_idx" ON "Source" USING GIN ("title" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_linkedClaimId_fkey" FOREIGN KEY ("linkedClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimMatchDismissal" ADD CONSTRAINT "ClaimMatchDismissal_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimMatchDismissal" ADD CONSTRAINT "ClaimMatchDismissal_otherClaimId_fkey" FOREIGN KEY ("otherClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimMatchDismissal" ADD CONSTRAINT "ClaimMatchDismissal_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Full-text documents, one function each so the query and its index use the very same
-- expression (an expression index is used only when the query repeats it exactly). English
-- stemming ("checked" finds "checking"); weights: A the words themselves, B who and where, C the
-- rest. IMMUTABLE holds because the configuration is named, not taken from the session.
CREATE FUNCTION "claim_search_document"(exact TEXT, claimant TEXT, rationale TEXT) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(exact, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce(claimant, '')), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce(rationale, '')), 'C')
$$;

CREATE FUNCTION "source_search_document"(title TEXT, publisher TEXT) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce(publisher, '')), 'C')
$$;

-- An article's text is read up to its first 300,000 characters: a tsvector holds at most 1 MB,
-- and a 2 MB body (the import limit) would otherwise fail to index. Titles are never cut.
CREATE FUNCTION "article_search_document"(title TEXT, outlet TEXT, body TEXT) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce(outlet, '')), 'B')
      || setweight(to_tsvector('english'::regconfig, left(coalesce(body, ''), 300000)), 'D')
$$;

-- SQL-only expression indexes (listed in server/db/migrations.integration.test.ts's SQL_ONLY_INDEXES).
CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN ("claim_search_document"("exact", "claimant", "rationale"));
CREATE INDEX "Source_search_idx" ON "Source" USING GIN ("source_search_document"("title", "publisher"));
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("article_search_document"("title", "outlet", "contentText"));
