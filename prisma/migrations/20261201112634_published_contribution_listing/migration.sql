-- AlterTable
ALTER TABLE "Contribution" ADD COLUMN     "publishedCategorySlug" TEXT,
ADD COLUMN     "publishedRunbookNodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "publishedTitle" TEXT;

-- CreateIndex
CREATE INDEX "Contribution_publishedCategorySlug_idx" ON "Contribution"("publishedCategorySlug");

-- Published contributions so far: the published revision's title; category and steps as the row has them
-- (the best record there is of what was approved).
UPDATE "Contribution" AS c
SET "publishedTitle" = r."title", "publishedCategorySlug" = c."categorySlug", "publishedRunbookNodes" = c."runbookNodes"
FROM "ContributionRevision" AS r
WHERE c."publishedRevision" IS NOT NULL AND r."contributionId" = c."id" AND r."number" = c."publishedRevision";
