import type { Database } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/client";

import { documentFieldsAt, type DocumentFields } from "./document-fields";
import type { GradedLexeme } from "./query-terms";

const CANDIDATES_PER_BRANCH = 60;
/** How many full-text matches of a keyword query are ranked when common words match thousands of bodies. */
const BODY_SAMPLE = 200;
/** Title and signature matches enough that bodies need not be searched. */
const ENOUGH_TITLE_HITS = 20;
const POSTINGS_PER_SHINGLE = 200;

/** How a candidate matched the query. */
interface CandidateMatch {
  id: string;
  textScore: number;
  /** Ranking lexemes found anywhere in the document, and those found in its title, signatures or symptoms. */
  matchedLexemes: string[];
  strongLexemes: string[];
}

export type CandidateRow = DocumentFields & Omit<CandidateMatch, "id">;

export interface CandidateQuery {
  fragments: string[];
  /** to_tsquery text: every word (keyword queries), any word (text score). */
  allWords: string;
  anyWord: string;
  isKeywordQuery: boolean;
  /** Rare lexemes, any of which makes a document a candidate: what lets a partly matching query find something. */
  gradedLexemes: GradedLexeme[];
  /** Lexemes whose presence is reported per candidate, for the share-of-the-query score. */
  rankingLexemes: string[];
}

/**
 * Candidates come from indexes that stay selective at any size: shingles of each fragment looked up in
 * "SearchShingle" (btree); for keywords, every word in titles and signatures, then in bodies with a
 * bounded rank; and for every query, any of its rarest words (graded: a query need not match whole).
 * The statement says how each matched; what a document shows comes from lib/search/document-fields.ts,
 * remembered at the content version.
 */
export async function findCandidates(
  db: Database,
  query: CandidateQuery,
  contentVersion: number | null,
): Promise<CandidateRow[]> {
  // Each shingle's postings are capped: a shingle shared by hundreds of documents says little.
  const branches: Prisma.Sql[] = [
    Prisma.sql`shingle_hits AS (SELECT s."documentId" AS id
      FROM (SELECT DISTINCT hashtext(x) AS hash FROM unnest(${query.fragments}::text[]) AS f, search_shingles(f, true) AS x) AS q
      CROSS JOIN LATERAL (SELECT "documentId" FROM "SearchShingle" WHERE hash = q.hash LIMIT ${POSTINGS_PER_SHINGLE}) AS s
      GROUP BY s."documentId" ORDER BY count(*) DESC LIMIT ${CANDIDATES_PER_BRANCH})`,
    // Ranked by the summed rarity of the lexemes each document holds (BM25's idf, without term counts):
    // one index lookup per lexeme, and no document's vector is read, which ranking by ts_rank would do
    // for every document holding any of them.
    Prisma.sql`graded_hits AS (SELECT d.id
      FROM unnest(${query.gradedLexemes.map((g) => g.lexeme)}::text[], ${query.gradedLexemes.map((g) => g.weight)}::float8[]) AS g(lexeme, weight)
      JOIN "SearchDocument" d ON d."searchVector" @@ quote_literal(g.lexeme)::tsquery
      GROUP BY d.id ORDER BY sum(g.weight) DESC, d.id LIMIT ${CANDIDATES_PER_BRANCH})`,
  ];
  const names = ["shingle_hits", "graded_hits"];
  if (query.isKeywordQuery && query.allWords) {
    branches.push(
      Prisma.sql`title_hits AS (SELECT id FROM "SearchDocument" WHERE "titleVector" @@ to_tsquery('english', ${query.allWords})
        ORDER BY ts_rank("titleVector", to_tsquery('english', ${query.allWords})) DESC LIMIT ${CANDIDATES_PER_BRANCH})`,
      // Bodies only when titles and signatures gave little, and then a bounded sample: common words
      // match a large share of long bodies, and ranking them all is what made search slow.
      Prisma.sql`text_hits AS (SELECT id FROM (SELECT id, "searchVector" FROM "SearchDocument"
          WHERE (SELECT count(*) FROM title_hits) < ${ENOUGH_TITLE_HITS}
            AND "searchVector" @@ to_tsquery('english', ${query.allWords}) LIMIT ${BODY_SAMPLE}) AS matched
        ORDER BY ts_rank_cd("searchVector", to_tsquery('english', ${query.allWords}), 32) DESC LIMIT ${CANDIDATES_PER_BRANCH})`,
    );
    names.push("title_hits", "text_hits");
  }
  const candidateIds = Prisma.raw(names.map((name) => `SELECT id FROM ${name}`).join(" UNION "));
  const matches = await db.$queryRaw<CandidateMatch[]>`
      WITH ${Prisma.join(branches, ", ")}, candidate_ids AS (${candidateIds}),
      lexemes AS (SELECT l, quote_literal(l)::tsquery AS anywhere, (quote_literal(l) || ':AB')::tsquery AS strong
        FROM unnest(${query.rankingLexemes}::text[]) AS l)
      SELECT d.id,
        coalesce(ts_rank_cd(dv.v, to_tsquery('english', ${query.anyWord}), 32), 0)::float8 AS "textScore",
        ARRAY(SELECT l FROM lexemes WHERE dv.v @@ lexemes.anywhere) AS "matchedLexemes",
        ARRAY(SELECT l FROM lexemes WHERE dv.v @@ lexemes.strong) AS "strongLexemes"
      FROM "SearchDocument" d JOIN candidate_ids c ON c.id = d.id
      -- The vector read (detoasted) once per candidate: each test against the stored value would read it
      -- again. At 12 lexemes, 200 candidates: 29 ms read per test, 8 ms read once, 21 ms with unnest().
      CROSS JOIN LATERAL (SELECT d."searchVector" || ''::tsvector AS v OFFSET 0) AS dv`;
  const fields = await documentFieldsAt(
    db,
    matches.map((match) => match.id),
    contentVersion,
  );
  return matches.flatMap(({ id, ...match }) => {
    const document = fields.get(id);
    return document ? [{ ...document, ...match }] : [];
  });
}
