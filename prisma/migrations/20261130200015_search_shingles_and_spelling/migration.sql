-- DropIndex
DROP INDEX "SearchDocument_signaturesNormalized_trgm_idx";

-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "titleVector" tsvector;

-- CreateTable
CREATE TABLE "SearchShingle" (
    "hash" INTEGER NOT NULL,
    "documentId" TEXT NOT NULL,

    CONSTRAINT "SearchShingle_pkey" PRIMARY KEY ("hash","documentId")
);

-- CreateTable
CREATE TABLE "SearchTermVariant" (
    "variant" TEXT NOT NULL,
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchTermVariant_pkey" PRIMARY KEY ("variant","word")
);

-- CreateIndex
CREATE INDEX "SearchShingle_documentId_idx" ON "SearchShingle"("documentId");

-- CreateIndex
CREATE INDEX "SearchDocument_titleVector_idx" ON "SearchDocument" USING GIN ("titleVector");

-- AddForeignKey
ALTER TABLE "SearchShingle" ADD CONSTRAINT "SearchShingle_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SearchDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand from here: functions, triggers and the backfill, which Prisma's schema language cannot express.

-- Typos are now corrected through "SearchTermVariant", so the trigram index over every title goes.
DROP INDEX IF EXISTS "SearchDocument_title_trgm_idx";

-- Shingles of normalized error text, one line at a time: three words in a row, and four in a row with the
-- second or third skipped ("a * c d", "a b * d"), so one changed word still leaves shingles in common.
-- A line of one or two words is its own shingle. A query also yields its single words and pairs, so a
-- short signature is found inside a longer pasted line.
CREATE OR REPLACE FUNCTION search_shingles(content text, for_query boolean)
RETURNS SETOF text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE ROWS 60 AS $$
DECLARE
  line text;
  w text[];
  n int;
BEGIN
  FOREACH line IN ARRAY string_to_array(coalesce(content, ''), E'\n') LOOP
    w := array_remove(regexp_split_to_array(btrim(line), '\s+'), '');
    n := coalesce(array_length(w, 1), 0);
    CONTINUE WHEN n = 0;
    IF n < 3 THEN
      RETURN NEXT array_to_string(w, ' ');
    END IF;
    IF for_query THEN
      FOR i IN 1..n LOOP RETURN NEXT w[i]; END LOOP;
      FOR i IN 1..n - 1 LOOP RETURN NEXT w[i] || ' ' || w[i + 1]; END LOOP;
    END IF;
    FOR i IN 1..n - 2 LOOP RETURN NEXT w[i] || ' ' || w[i + 1] || ' ' || w[i + 2]; END LOOP;
    FOR i IN 1..n - 3 LOOP
      RETURN NEXT w[i] || ' * ' || w[i + 2] || ' ' || w[i + 3];
      RETURN NEXT w[i] || ' ' || w[i + 1] || ' * ' || w[i + 3];
    END LOOP;
  END LOOP;
END
$$;

-- Words worth correcting a typo towards: letters (with _ and -), 3 to 30 characters.
CREATE OR REPLACE FUNCTION search_terms(content text)
RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT DISTINCT m[1] FROM regexp_matches(lower(coalesce(content, '')), '(?:^|[^a-z0-9_-])([a-z][a-z_-]{1,28}[a-z])(?![a-z0-9_-])', 'g') AS m
$$;

-- A word and each form of it with one letter deleted (lib/search/spelling.ts does the same
-- for a typed word).
CREATE OR REPLACE FUNCTION search_term_variants(word text)
RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT word
  UNION
  SELECT left(word, i - 1) || substr(word, i + 1) FROM generate_series(1, length(word)) AS i
$$;

CREATE OR REPLACE FUNCTION search_document_set_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := search_document_vector(NEW."title", NEW."signatures", NEW."symptoms", NEW."body");
  NEW."titleVector" := to_tsvector('english'::regconfig, NEW."title" || E'\n' || NEW."signatures");
  RETURN NEW;
END
$$;

-- Shingles need the row to exist (foreign key), so they follow it after the write.
CREATE OR REPLACE FUNCTION search_document_index_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM "SearchShingle" WHERE "documentId" = NEW."id";
  END IF;
  INSERT INTO "SearchShingle" ("hash", "documentId")
    SELECT DISTINCT hashtext(s), NEW."id" FROM search_shingles(NEW."signaturesNormalized", false) AS s;
  -- Words are only ever added: one left over from a deleted row can at worst be offered as a correction
  -- that then matches nothing. Known words are skipped with one lookup, not one per variant.
  INSERT INTO "SearchTermVariant" ("variant", "word")
    SELECT v, t FROM search_terms(NEW."title" || E'\n' || NEW."signaturesNormalized") AS t, search_term_variants(t) AS v
    WHERE NOT EXISTS (SELECT 1 FROM "SearchTermVariant" k WHERE k."variant" = t AND k."word" = t)
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS "SearchDocument_set_vector" ON "SearchDocument";
CREATE TRIGGER "SearchDocument_set_vector"
  BEFORE INSERT OR UPDATE OF "title", "signatures", "symptoms", "body" ON "SearchDocument"
  FOR EACH ROW EXECUTE FUNCTION search_document_set_vector();

CREATE TRIGGER "SearchDocument_index_text"
  AFTER INSERT OR UPDATE OF "title", "signaturesNormalized" ON "SearchDocument"
  FOR EACH ROW EXECUTE FUNCTION search_document_index_text();

-- Existing rows: listing the columns in SET fires both triggers.
UPDATE "SearchDocument" SET "title" = "title", "signaturesNormalized" = "signaturesNormalized";
