-- AlterEnum
ALTER TYPE "ContributionKind" ADD VALUE 'KNOWN_ISSUE';

-- AlterTable
ALTER TABLE "KnownIssue" ADD COLUMN     "contributionId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "KnownIssue_contributionId_key" ON "KnownIssue"("contributionId");
