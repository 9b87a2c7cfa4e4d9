-- Written by hand: index storage parameters are not part of Prisma's schema language.
--
-- GIN's fast-update pending list makes writes cheap by deferring them, and every search then scans the
-- whole list until a vacuum merges it. PGlite runs no autovacuum, so after the seed or a bulk load the
-- list stays: measured on 100,000 documents, 642 pending pages added 10 to 15 ms to every keyword search.
-- Writes to these indexes are rare (seed, moderation), reads are every search: merge now, then write
-- through.
ALTER INDEX "SearchDocument_searchVector_idx" SET (fastupdate = off);
ALTER INDEX "SearchDocument_titleVector_idx" SET (fastupdate = off);
SELECT gin_clean_pending_list('"SearchDocument_searchVector_idx"'::regclass);
SELECT gin_clean_pending_list('"SearchDocument_titleVector_idx"'::regclass);
