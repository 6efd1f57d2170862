-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "publicSince" TIMESTAMP(3),
ADD COLUMN     "publicSlug" TEXT,
ADD COLUMN     "publishedById" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Article_publicSlug_key" ON "Article"("publicSlug");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
