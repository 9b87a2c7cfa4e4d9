import type { Database } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/client";

import { closestWords, spellingVariants } from "./spelling";
import { planQuery } from "./query-plan";
import { makeSnippet } from "./snippet";
import { TYPE_TO_DOCUMENT, type SearchQuery, type SearchType } from "./schemas";
import { similarity, trigramProfile, wordSimilarity, type TrigramProfile } from "./trigram-similarity";

const CANDIDATES_PER_BRANCH = 60;
/** How many full-text matches of a keyword query are ranked when common words match thousands of bodies. */
const BODY_SAMPLE = 200;
/** Title and signature matches enough that bodies need not be searched. */
const ENOUGH_TITLE_HITS = 20;
const POSTINGS_PER_SHINGLE = 200;

/** A query word and the words it may have meant; `known` when titles or signatures use it as typed. */
interface Term {
  alternatives: string[];
  known: boolean;
}
/** Word-similarity cut-off, low enough for a changed word, a cut-off end or a typo. */
const WORD_SIMILARITY_THRESHOLD = 0.4;

interface CandidateRow {
  id: string;
  type: keyof typeof DOCUMENT_TO_TYPE;
  categorySlug: string;
  status: string | null;
  title: string;
  signaturesNormalized: string;
  textScore: number;
}

interface Candidate extends Omit<CandidateRow, "title" | "signaturesNormalized"> {
  signatureScore: number;
  titleScore: number;
  /** Whole-title similarity: high only when the title is the query, not when it merely contains it. */
  exactTitleScore: number;
}

const DOCUMENT_TO_TYPE = Object.fromEntries(Object.entries(TYPE_TO_DOCUMENT).map(([k, v]) => [v, k])) as Record<
  (typeof TYPE_TO_DOCUMENT)[SearchType],
  SearchType
>;

export interface SearchHit {
  id: string;
  type: SearchType;
  url: string;
  title: string;
  categorySlug: string;
  categoryTitle: string;
  status: string | null;
  severity: string | null;
  /** Text with matched words wrapped in «»; rendered by splitting, never as HTML. */
  snippet: string;
  score: number;
  reasons: string[];
}

export interface SearchResult {
  hits: SearchHit[];
  /** When nothing matched: the categories whose runbooks are the likeliest place to start. */
  suggestedCategories: { slug: string; title: string }[];
  total: number;
  facets: { type: Record<string, number>; category: Record<string, number>; status: Record<string, number> };
  tookMs: number;
}

/**
 * Pasted errors and keywords, one search. Candidates come from indexes that stay selective at any size:
 * shingles of each normalized fragment looked up in "SearchShingle" (btree), and for keywords the
 * title-and-signature vector, then the full vector with a bounded rank. Typos are corrected against
 * "SearchTerm". Only the few hundred candidates are then scored with trigram similarity.
 */
export async function runSearch(db: Database, query: SearchQuery): Promise<SearchResult> {
  const started = performance.now();
  const plan = planQuery(query.q);
  const terms = plan.isKeywordQuery
    ? await correctTypos(db, plan.words)
    : plan.words.map((word) => ({ alternatives: [word], known: true }));
  const anyWord = toTsquery(terms, "|");
  const fragments = plan.fragments.length > 0 ? plan.fragments : [plan.normalized];
  // Each shingle's postings are capped: a shingle shared by hundreds of documents says little.
  const hitQueries: Prisma.Sql[] = [
    Prisma.sql`shingle_hits AS (SELECT s."documentId" AS id
      FROM (SELECT DISTINCT hashtext(x) AS hash FROM unnest(${fragments}::text[]) AS f, search_shingles(f, true) AS x) AS q
      CROSS JOIN LATERAL (SELECT "documentId" FROM "SearchShingle" WHERE hash = q.hash LIMIT ${POSTINGS_PER_SHINGLE}) AS s
      GROUP BY s."documentId" ORDER BY count(*) DESC LIMIT ${CANDIDATES_PER_BRANCH})`,
  ];
  const allWords = toTsquery(terms, "&", /\S$/.test(query.q));
  if (plan.isKeywordQuery && allWords) {
    hitQueries.push(
      Prisma.sql`title_hits AS (SELECT id FROM "SearchDocument" WHERE "titleVector" @@ to_tsquery('english', ${allWords})
        ORDER BY ts_rank("titleVector", to_tsquery('english', ${allWords})) DESC LIMIT ${CANDIDATES_PER_BRANCH})`,
      // Bodies only when titles and signatures gave little, and then a bounded sample: common words
      // match a large share of long bodies, and ranking them all is what made search slow.
      Prisma.sql`text_hits AS (SELECT id FROM (SELECT id, "searchVector" FROM "SearchDocument"
          WHERE (SELECT count(*) FROM title_hits) < ${ENOUGH_TITLE_HITS}
            AND "searchVector" @@ to_tsquery('english', ${allWords}) LIMIT ${BODY_SAMPLE}) AS matched
        ORDER BY ts_rank_cd("searchVector", to_tsquery('english', ${allWords}), 32) DESC LIMIT ${CANDIDATES_PER_BRANCH})`,
    );
  }
  const hitNames = plan.isKeywordQuery && allWords ? ["shingle_hits", "title_hits", "text_hits"] : ["shingle_hits"];
  const candidateIds = Prisma.raw(hitNames.map((name) => `SELECT id FROM ${name}`).join(" UNION "));
  const rows = await db.$queryRaw<CandidateRow[]>`
      WITH ${Prisma.join(hitQueries, ", ")}, candidate_ids AS (${candidateIds})
      SELECT d.id, d.type::text AS type, d."categorySlug", d.status, d.title, d."signaturesNormalized",
        ts_rank_cd(d."searchVector", to_tsquery('english', ${anyWord}), 32)::float8 AS "textScore"
      FROM "SearchDocument" d JOIN candidate_ids c ON c.id = d.id`;
  const profiles = { normalized: trigramProfile(plan.normalized), fragments: fragments.map(trigramProfile) };
  const candidates = rows.map((row) => scoreCandidate(row, profiles));

  // A pasted error is about signatures; a few keywords are about titles, best of all a title that is the query.
  const weights = plan.isKeywordQuery
    ? { signature: 1, title: 3, exactTitle: 2 }
    : { signature: 3, title: 0.5, exactTitle: 0 };
  const score = (c: Candidate) =>
    weights.signature * c.signatureScore +
    weights.title * c.titleScore +
    weights.exactTitle * c.exactTitleScore +
    2 * c.textScore +
    (c.type === "KNOWN_ISSUE" ? 0.15 : 0);
  const relevant = candidates.filter(
    (c) =>
      c.signatureScore >= WORD_SIMILARITY_THRESHOLD || c.titleScore >= WORD_SIMILARITY_THRESHOLD || c.textScore > 0,
  );
  const wantType = query.type ? TYPE_TO_DOCUMENT[query.type] : undefined;
  const matches = (c: Candidate, skip?: "type" | "category" | "status") =>
    (skip === "type" || !wantType || c.type === wantType) &&
    (skip === "category" || !query.category || c.categorySlug === query.category) &&
    (skip === "status" || !query.status || c.status === query.status);
  const facets = {
    type: countBy(
      relevant.filter((c) => matches(c, "type")),
      (c) => DOCUMENT_TO_TYPE[c.type],
    ),
    category: countBy(
      relevant.filter((c) => matches(c, "category")),
      (c) => c.categorySlug,
    ),
    status: countBy(
      relevant.filter((c) => matches(c, "status") && c.status),
      (c) => c.status!,
    ),
  };
  const ranked = relevant
    .filter((c) => matches(c))
    .map((c) => ({ ...c, score: score(c) }))
    .sort((a, b) => b.score - a.score);
  const top = ranked.slice(0, query.limit);
  const details =
    top.length === 0
      ? []
      : await loadDetails(
          db,
          top.map((c) => c.id),
        );
  const snippetWords = terms.flatMap((term) => term.alternatives);
  const byId = new Map(details.map((d) => [d.id, d]));
  const hits = top.map((c) => {
    const detail = byId.get(c.id)!;
    return {
      id: c.id,
      type: DOCUMENT_TO_TYPE[c.type],
      url: detail.url,
      title: detail.title,
      categorySlug: c.categorySlug,
      categoryTitle: detail.categoryTitle ?? c.categorySlug,
      status: c.status,
      severity: detail.severity,
      snippet: makeSnippet(detail.text, snippetWords),
      score: Math.round(c.score * 1000) / 1000,
      reasons: reasonsFor(c),
    };
  });
  const suggestedCategories = ranked.length === 0 ? await likelyCategories(db, anyWord) : [];
  return {
    hits,
    suggestedCategories,
    total: ranked.length,
    facets,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

async function loadDetails(db: Database, ids: string[]) {
  return db.$queryRaw<
    { id: string; url: string; title: string; severity: string | null; categoryTitle: string | null; text: string }[]
  >`
    SELECT d.id, d.url, d.title, d.severity, c.title AS "categoryTitle",
      left(CASE WHEN d.signatures <> '' THEN d.signatures || E'\n' || d.symptoms ELSE d.symptoms || E'\n' || d.body END, 1500) AS text
    FROM "SearchDocument" d LEFT JOIN "Category" c ON c.slug = d."categorySlug"
    WHERE d.id IN (${Prisma.join(ids)})`;
}

/** The three categories whose descriptions share the most words with the query (12 rows: cheap). */
async function likelyCategories(db: Database, anyWord: string) {
  return db.$queryRaw<{ slug: string; title: string }[]>`
    SELECT "categorySlug" AS slug, title FROM "SearchDocument" WHERE type = 'CATEGORY'
    ORDER BY ts_rank_cd("searchVector", to_tsquery('english', ${anyWord}), 32) DESC, title LIMIT 3`;
}

/**
 * How well a candidate matches: each fragment of a pasted error against the signatures, and the other
 * way round (a short signature inside a long paste); the query against the title, in part and whole.
 */
function scoreCandidate(
  { title, signaturesNormalized, ...row }: CandidateRow,
  query: { normalized: TrigramProfile; fragments: TrigramProfile[] },
): Candidate {
  const titleProfile = trigramProfile(title);
  const signatures = trigramProfile(signaturesNormalized);
  const signatureScore =
    signatures.all.size === 0
      ? 0
      : Math.max(
          ...query.fragments.map((fragment) => wordSimilarity(fragment, signatures)),
          ...signaturesNormalized.split("\n").map((line) => wordSimilarity(trigramProfile(line), query.normalized)),
        );
  return {
    ...row,
    signatureScore,
    titleScore: wordSimilarity(query.normalized, titleProfile),
    exactTitleScore: similarity(query.normalized, titleProfile),
  };
}

function reasonsFor(c: Candidate): string[] {
  const reasons: string[] = [];
  if (c.signatureScore >= WORD_SIMILARITY_THRESHOLD)
    reasons.push(`error signature matches (${Math.round(c.signatureScore * 100)}%)`);
  if (c.titleScore >= WORD_SIMILARITY_THRESHOLD) reasons.push("title matches");
  if (c.textScore > 0) reasons.push("words found in the text");
  return reasons;
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/**
 * Each keyword with the words it most likely meant when titles and signatures never use it as typed
 * ("refersh" → "refresh"), found through shared one-letter deletions, then ranked by edit distance. The
 * typed word stays as an alternative, so a correct word found only in bodies is never lost.
 */
async function correctTypos(db: Database, words: string[]): Promise<Term[]> {
  const correctable = words.filter((word) => /^[a-z][a-z_-]{2,29}$/.test(word));
  const variants = [...new Set(correctable.flatMap(spellingVariants))];
  const rows =
    variants.length === 0
      ? []
      : await db.$queryRaw<{ variant: string; word: string }[]>`
          SELECT variant, word FROM "SearchTermVariant" WHERE variant = ANY(${variants}::text[])`;
  return words.map((word) => {
    const known = !correctable.includes(word) || rows.some((row) => row.variant === word && row.word === word);
    if (known) return { alternatives: [word], known };
    const own = new Set(spellingVariants(word));
    const candidates = [...new Set(rows.filter((row) => own.has(row.variant)).map((row) => row.word))];
    return { alternatives: [word, ...closestWords(word, candidates)], known };
  });
}

/**
 * A to_tsquery expression from planned words: alternatives of one word are OR-ed, words joined by `join`.
 * Words come from planQuery, which keeps only [a-z0-9_.-]; anything else is dropped here all the same,
 * because to_tsquery treats other characters as operators. `prefixLast` lets a half-typed last word
 * match ("refre" → refresh); a word the index knows is complete, and a prefix scan would only cost time.
 */
function toTsquery(terms: Term[], join: "&" | "|", prefixLast = false): string {
  const safe = terms
    .map(({ alternatives, known }) => ({
      known,
      alternatives: alternatives.filter((word) => /^[a-z0-9][a-z0-9_.-]*$/.test(word)),
    }))
    .filter(({ alternatives }) => alternatives.length > 0);
  return safe
    .map(({ alternatives, known }, index) => {
      const options = alternatives.map((word, i) =>
        prefixLast && !known && index === safe.length - 1 && i === 0 ? `${word}:*` : word,
      );
      return options.length > 1 ? `(${options.join(" | ")})` : options[0];
    })
    .join(` ${join} `);
}
