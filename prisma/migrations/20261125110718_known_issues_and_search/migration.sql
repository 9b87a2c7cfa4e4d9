-- pg_trgm backs the trigram index below. It is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

-- CreateEnum
CREATE TYPE "KnownIssueStatus" AS ENUM ('OPEN', 'MITIGATED', 'FIXED');

-- CreateEnum
CREATE TYPE "SearchDocumentType" AS ENUM ('KNOWN_ISSUE', 'RUNBOOK_NODE', 'CATEGORY', 'CONTRIBUTION');

-- CreateTable
CREATE TABLE "KnownIssue" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "status" "KnownIssueStatus" NOT NULL,
    "errorSignatures" TEXT[],
    "symptoms" TEXT NOT NULL,
    "components" JSONB NOT NULL,
    "componentNames" TEXT[],
    "rootCause" TEXT NOT NULL,
    "resolution" TEXT[],
    "workaround" TEXT,
    "references" JSONB NOT NULL,
    "advisories" TEXT[],
    "runbookNodes" TEXT[],
    "firstSeen" DATE NOT NULL,
    "lastUpdated" DATE NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KnownIssue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchDocument" (
    "id" TEXT NOT NULL,
    "type" "SearchDocumentType" NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "signatures" TEXT NOT NULL,
    "signaturesNormalized" TEXT NOT NULL,
    "symptoms" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "categorySlug" TEXT NOT NULL,
    "status" TEXT,
    "severity" TEXT,
    "componentNames" TEXT[],
    "searchVector" tsvector,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "KnownIssue_slug_key" ON "KnownIssue"("slug");

-- CreateIndex
CREATE INDEX "KnownIssue_categoryId_idx" ON "KnownIssue"("categoryId");

-- CreateIndex
CREATE INDEX "SearchDocument_type_idx" ON "SearchDocument"("type");

-- CreateIndex
CREATE INDEX "SearchDocument_searchVector_idx" ON "SearchDocument" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "SearchDocument_categorySlug_idx" ON "SearchDocument"("categorySlug");

-- CreateIndex
CREATE INDEX "SearchDocument_signaturesNormalized_trgm_idx" ON "SearchDocument" USING GIN ("signaturesNormalized" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "KnownIssue" ADD CONSTRAINT "KnownIssue_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
