import "server-only";

import type { Diagnosis, DiagnosisCandidate } from "@/lib/diagnosis/diagnose";
import { search } from "@/lib/search/search";

import { MCP_LIMITS } from "../limits";
import { communityLine, plainLine, plainText } from "../plain-text";
import { portalUrl } from "../portal-url";
import type { DiagnoseErrorOutput } from "../schemas";

import { communitySlugs, knownIssueSummaries } from "./known-issue-summaries";

/**
 * The diagnosis /api/search gives for the same text (category, starting step, signals, matches,
 * alternatives, confidence), its links made absolute, plus the best-matching known issues.
 */
export async function diagnoseError(error: string, origin: string): Promise<DiagnoseErrorOutput> {
  const { query, result } = await search({ q: error, type: "known-issue", limit: "5" });
  const matched = result.diagnosis?.matches.map((m) => m.url.match(/^\/known-issues\/([^/?#]+)$/)?.[1] ?? "") ?? [];
  const community = await communitySlugs(matched.filter(Boolean));
  const isCommunity = (url: string) =>
    url.startsWith("/contributions/") || community.has(url.replace(/^\/known-issues\//, ""));
  return {
    diagnosis: result.diagnosis ? absoluteDiagnosis(result.diagnosis, origin, isCommunity) : null,
    knownIssues: await knownIssueSummaries(result.hits, origin),
    suggestedCategories: result.suggestedCategories,
    searchUrl: portalUrl(origin, `/search?${new URLSearchParams({ q: query.q.slice(0, 500) })}`),
  };
}

/** Same shape and values as the search API's diagnosis; only URLs become absolute and text plain. */
export function absoluteDiagnosis(
  diagnosis: Diagnosis,
  origin: string,
  isCommunity: (path: string) => boolean,
): Diagnosis {
  const link = <T extends { title: string; url: string }>(item: T): T => ({
    ...item,
    title: isCommunity(item.url) ? communityLine(item.title, MCP_LIMITS.line) : plainLine(item.title, MCP_LIMITS.line),
    url: portalUrl(origin, item.url),
  });
  const candidate = (c: DiagnosisCandidate): DiagnosisCandidate => ({
    ...c,
    category: link(c.category),
    step: c.step && link(c.step),
  });
  return {
    ...diagnosis,
    ...candidate(diagnosis),
    signals: diagnosis.signals.map((signal) => ({
      ...signal,
      matched: plainLine(signal.matched, MCP_LIMITS.line),
      explanation: plainText(signal.explanation, 1000),
    })),
    matches: diagnosis.matches.map(link),
    alternatives: diagnosis.alternatives.map(candidate),
  };
}
