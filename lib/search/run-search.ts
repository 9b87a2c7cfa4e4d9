import type { Database } from "@/lib/db/create-client";

import { getDiagnosisModel } from "@/lib/diagnosis/diagnosis-model";
import { diagnose, type Diagnosis } from "@/lib/diagnosis/diagnose";
import type { CompiledSignal } from "@/lib/signals/match-signals";

import { findCandidates } from "./find-candidates";
import { evidenceFrom } from "./evidence-from";
import { chooseFragments, planQuery } from "./query-plan";
import { buildTerms, gradedLexemes, rankingTerms, toTsquery } from "./query-terms";
import { isRelevant, reasonsFor, scoreCandidate, type Candidate } from "./score-candidates";
import { makeSnippet } from "./snippet";
import { TYPE_TO_DOCUMENT, type FacetKey, type SearchFacetCounts, type SearchQuery, type SearchType } from "./schemas";
import { trigramProfile, withPostings } from "./trigram-similarity";

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
  /** The MCP protocol revisions the advice holds for; empty when not revision-specific. */
  revisions: string[];
  /** Text with matched words wrapped in «»; rendered by splitting, never as HTML. */
  snippet: string;
  score: number;
  reasons: string[];
}

export interface SearchResult {
  /** The likeliest category and runbook step, with why; null only when nothing at all was recognised. */
  diagnosis: Diagnosis | null;
  hits: SearchHit[];
  /** When nothing matched: the categories whose runbooks are the likeliest place to start. */
  suggestedCategories: { slug: string; title: string }[];
  total: number;
  facets: SearchFacetCounts;
  tookMs: number;
}

/**
 * Pasted errors and keywords, one search. Words are weighed by rarity (SearchLexeme), keyword typos
 * corrected (SearchTermVariant), a paste's telling lines chosen; candidates come from selective indexes
 * (lib/search/find-candidates.ts), a few hundred at most, which are then scored: signature and title
 * similarity, and the share of the query's telling words each holds, so a query need not match whole.
 */
export async function runSearch(
  db: Database,
  query: SearchQuery,
  signals: CompiledSignal[] = [],
  /** The content version searched (lib/page-cache/current-content-version.ts): word weights are kept per version. */
  contentVersion: number | null = null,
): Promise<SearchResult> {
  const started = performance.now();
  const plan = planQuery(query.q);
  const { terms, idfOf } = await buildTerms(db, plan.words, plan.isKeywordQuery, contentVersion);
  const ranking = rankingTerms(terms);
  const fragments = chooseFragments(plan.lines, idfOf);
  // A long paste ranks by its telling words only; the rest would dilute every score.
  const anyWord = toTsquery(plan.isKeywordQuery ? terms : ranking, "|");
  const rows = await findCandidates(
    db,
    {
      fragments: fragments.length > 0 ? fragments : [plan.normalized],
      allWords: toTsquery(terms, "&", /\S$/.test(query.q)),
      anyWord,
      isKeywordQuery: plan.isKeywordQuery,
      gradedLexemes: gradedLexemes(terms),
      rankingLexemes: [...new Set(ranking.flatMap((term) => term.lexemes))],
    },
    contentVersion,
  );
  const profile = {
    // The haystack of every candidate's signature lines: indexed once, read sparsely.
    normalized: withPostings(trigramProfile(plan.normalized)),
    fragments: fragments.map(trigramProfile),
    isKeywordQuery: plan.isKeywordQuery,
    rankingTerms: ranking,
  };
  const relevant = rows.map((row) => scoreCandidate(row, profile)).filter(isRelevant);
  const wantType = query.type ? TYPE_TO_DOCUMENT[query.type] : undefined;
  const matches = (c: Candidate, skip?: FacetKey) =>
    (skip === "type" || !wantType || c.type === wantType) &&
    (skip === "category" || !query.category || c.categorySlug === query.category) &&
    (skip === "status" || !query.status || c.status === query.status) &&
    // A document that names no revision (a category, a contribution) is not specific to one: kept.
    (skip === "revision" || !query.revision || c.revisions.length === 0 || c.revisions.includes(query.revision));
  const facets: SearchFacetCounts = {
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
    revision: countEach(
      relevant.filter((c) => matches(c, "revision")),
      (c) => c.revisions,
    ),
  };
  const ranked = relevant.filter((c) => matches(c)).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const top = ranked.slice(0, query.limit);
  const model = await getDiagnosisModel(db, signals);
  // The diagnosis weighs every relevant result, whatever the filters show.
  const diagnosis = diagnose(query.q, signals, evidenceFrom(relevant), model, plan.normalized);
  const snippetWords = (plan.isKeywordQuery ? terms : ranking).flatMap((term) => term.alternatives);
  const hits = top.map((c) => ({
    id: c.id,
    type: DOCUMENT_TO_TYPE[c.type],
    url: c.url,
    title: c.title,
    categorySlug: c.categorySlug,
    categoryTitle: c.categoryTitle ?? c.categorySlug,
    status: c.status,
    severity: c.severity,
    revisions: c.revisions,
    snippet: makeSnippet(c.text, snippetWords),
    score: Math.round(c.score * 1000) / 1000,
    reasons: reasonsFor(c),
  }));
  const suggestedCategories = ranked.length === 0 ? await likelyCategories(db, anyWord) : [];
  return {
    diagnosis,
    hits,
    suggestedCategories,
    total: ranked.length,
    facets,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

/** The three categories whose descriptions share the most words with the query (12 rows: cheap). */
async function likelyCategories(db: Database, anyWord: string) {
  return db.$queryRaw<{ slug: string; title: string }[]>`
    SELECT "categorySlug" AS slug, title FROM "SearchDocument" WHERE type = 'CATEGORY'
    ORDER BY ts_rank_cd("searchVector", to_tsquery('english', ${anyWord}), 32) DESC, title LIMIT 3`;
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  return countEach(items, (item) => [key(item)]);
}

/** Counts each item once under every key it has (a document holding for several revisions). */
function countEach<T>(items: T[], keys: (item: T) => string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) for (const key of keys(item)) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}
