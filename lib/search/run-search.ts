import type { Database } from "@/lib/db/create-client";
import { SESSION_SETTINGS } from "@/lib/db/engine";
import { Prisma } from "@/lib/db/generated/client";

import { planQuery } from "./query-plan";
import { TYPE_TO_DOCUMENT, type SearchQuery, type SearchType } from "./schemas";

const CANDIDATES_PER_BRANCH = 60;
/**
 * pg_trgm word-similarity cut-off, low enough for a changed word, a cut-off end or a typo. The `%>`
 * operator reads it from the session, where lib/db/engine.ts sets it (SESSION_SETTINGS).
 */
const WORD_SIMILARITY_THRESHOLD = Number(SESSION_SETTINGS["pg_trgm.word_similarity_threshold"]);

interface Candidate {
  id: string;
  type: keyof typeof DOCUMENT_TO_TYPE;
  categorySlug: string;
  status: string | null;
  signatureScore: number;
  titleScore: number;
  /** Whole-title similarity: high only when the title is the query, not when it merely contains it. */
  exactTitleScore: number;
  textScore: number;
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
 * Pasted errors and keywords, one search: index-backed candidates (full text for keywords, trigram
 * word-similarity of each normalized fragment against normalized error signatures, trigram on titles
 * for typos), then one ranking over the few hundred candidates.
 */
export async function runSearch(db: Database, query: SearchQuery): Promise<SearchResult> {
  const started = performance.now();
  const plan = planQuery(query.q);
  const wordQuery = plan.words.join(" ");
  const anyWordQuery = plan.words.join(" or ");
  const branches: Prisma.Sql[] = plan.fragments.map(
    (fragment) => Prisma.sql`(SELECT id FROM "SearchDocument" WHERE "signaturesNormalized" %> ${fragment}
      ORDER BY word_similarity(${fragment}, "signaturesNormalized") DESC LIMIT ${CANDIDATES_PER_BRANCH})`,
  );
  if (plan.isKeywordQuery && wordQuery) {
    branches.push(
      Prisma.sql`(SELECT id FROM "SearchDocument" WHERE "searchVector" @@ plainto_tsquery('english', ${wordQuery})
        ORDER BY ts_rank_cd("searchVector", plainto_tsquery('english', ${wordQuery}), 32) DESC LIMIT ${CANDIDATES_PER_BRANCH})`,
      Prisma.sql`(SELECT id FROM "SearchDocument" WHERE lower("title") %> ${plan.normalized}
        ORDER BY word_similarity(${plan.normalized}, lower("title")) DESC LIMIT ${CANDIDATES_PER_BRANCH})`,
    );
  }
  const fragments = plan.fragments.length > 0 ? plan.fragments : [plan.normalized];
  const candidates = await db.$queryRaw<Candidate[]>`
      WITH candidate_ids AS (${Prisma.join(branches, " UNION ")})
      SELECT d.id, d.type::text AS type, d."categorySlug", d.status,
        GREATEST(
          (SELECT max(word_similarity(f, d."signaturesNormalized")) FROM unnest(${fragments}::text[]) AS f),
          CASE WHEN d."signaturesNormalized" = '' THEN 0 ELSE word_similarity(d."signaturesNormalized", ${plan.normalized}) END
        )::float8 AS "signatureScore",
        word_similarity(${plan.normalized}, lower(d.title))::float8 AS "titleScore",
        similarity(${plan.normalized}, lower(d.title))::float8 AS "exactTitleScore",
        ts_rank_cd(d."searchVector", websearch_to_tsquery('english', ${anyWordQuery}), 32)::float8 AS "textScore"
      FROM "SearchDocument" d JOIN candidate_ids c ON c.id = d.id`;

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
          anyWordQuery,
        );
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
      snippet: detail.snippet,
      score: Math.round(c.score * 1000) / 1000,
      reasons: reasonsFor(c),
    };
  });
  const suggestedCategories = ranked.length === 0 ? await likelyCategories(db, anyWordQuery) : [];
  return {
    hits,
    suggestedCategories,
    total: ranked.length,
    facets,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

async function loadDetails(db: Database, ids: string[], anyWordQuery: string) {
  return db.$queryRaw<
    { id: string; url: string; title: string; severity: string | null; categoryTitle: string | null; snippet: string }[]
  >`
    SELECT d.id, d.url, d.title, d.severity, c.title AS "categoryTitle",
      ts_headline('english', left(CASE WHEN d.signatures <> '' THEN d.signatures || E'\n' || d.symptoms ELSE d.symptoms || E'\n' || d.body END, 4000),
        websearch_to_tsquery('english', ${anyWordQuery}),
        'StartSel=«, StopSel=», MaxWords=32, MinWords=14, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
    FROM "SearchDocument" d LEFT JOIN "Category" c ON c.slug = d."categorySlug"
    WHERE d.id IN (${Prisma.join(ids)})`;
}

/** The three categories whose descriptions share the most words with the query (12 rows: cheap). */
async function likelyCategories(db: Database, anyWordQuery: string) {
  return db.$queryRaw<{ slug: string; title: string }[]>`
    SELECT "categorySlug" AS slug, title FROM "SearchDocument" WHERE type = 'CATEGORY'
    ORDER BY ts_rank_cd("searchVector", websearch_to_tsquery('english', ${anyWordQuery}), 32) DESC, title LIMIT 3`;
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
