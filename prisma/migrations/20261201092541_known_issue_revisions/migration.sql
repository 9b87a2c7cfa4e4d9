-- AlterTable
ALTER TABLE "KnownIssue" ADD COLUMN     "lastVerified" DATE,
ADD COLUMN     "revisions" TEXT[] DEFAULT ARRAY[]::TEXT[];
