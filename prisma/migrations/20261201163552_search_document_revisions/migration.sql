-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "revisions" TEXT[] DEFAULT ARRAY[]::TEXT[];
