-- Written by hand: Prisma's schema language cannot express functions, triggers or expression indexes.

-- Weighted document vector: title and error signatures highest, then symptoms, then bodies.
-- IMMUTABLE with an explicit configuration, so queries and indexes can rely on it.
CREATE OR REPLACE FUNCTION search_document_vector(title text, signatures text, symptoms text, body text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce(signatures, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce(symptoms, '')), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'C')
$$;

-- The stored vector follows its row, whoever writes it (seed, contribution approval, bench loader).
CREATE OR REPLACE FUNCTION search_document_set_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := search_document_vector(NEW."title", NEW."signatures", NEW."symptoms", NEW."body");
  RETURN NEW;
END
$$;

CREATE TRIGGER "SearchDocument_set_vector"
  BEFORE INSERT OR UPDATE OF "title", "signatures", "symptoms", "body" ON "SearchDocument"
  FOR EACH ROW EXECUTE FUNCTION search_document_set_vector();

-- Typos and partial words in titles.
CREATE INDEX "SearchDocument_title_trgm_idx" ON "SearchDocument" USING GIN (lower("title") gin_trgm_ops);
