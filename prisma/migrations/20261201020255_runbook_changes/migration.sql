-- AlterEnum
ALTER TYPE "ContributionKind" ADD VALUE 'RUNBOOK_CHANGE';

-- AlterTable: until now the served definition was the file's, so it is the source of existing rows.
ALTER TABLE "Runbook" ADD COLUMN "sourceDefinition" JSONB,
ADD COLUMN "sourceHash" TEXT;
UPDATE "Runbook" SET "sourceDefinition" = "definition", "sourceHash" = "contentHash";
ALTER TABLE "Runbook" ALTER COLUMN "sourceDefinition" SET NOT NULL,
ALTER COLUMN "sourceHash" SET NOT NULL;
