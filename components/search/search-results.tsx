import { describeRevisions } from "@/lib/revisions/protocol-revisions";
import type { SearchHit } from "@/lib/search/run-search";

import { HighlightedSnippet } from "./highlighted-snippet";

const TYPE_LABEL: Record<SearchHit["type"], string> = {
  "known-issue": "Known issue",
  "runbook-step": "Runbook step",
  category: "Category",
  contribution: "Contribution",
};

/** The result list; presentational, shared by the server-rendered page and the live search. */
export function SearchResults({ hits, activeIndex = -1 }: { hits: SearchHit[]; activeIndex?: number }) {
  return (
    <ol className="space-y-3" aria-label="Search results">
      {hits.map((hit, index) => (
        <li key={hit.id} id={`result-${index + 1}`}>
          <a
            href={hit.url}
            data-result-index={index}
            aria-current={index === activeIndex ? "true" : undefined}
            className={`block rounded-xl border p-4 hover:border-sky-600 dark:hover:border-sky-500 ${
              index === activeIndex
                ? "border-sky-600 ring-2 ring-sky-600 dark:border-sky-500"
                : "border-slate-200 dark:border-slate-800"
            }`}
          >
            <span className="flex flex-wrap items-center gap-2 text-xs">
              <span className="rounded bg-slate-100 px-1.5 py-0.5 font-semibold dark:bg-slate-800">
                {TYPE_LABEL[hit.type]}
              </span>
              <span className="text-slate-600 dark:text-slate-400">{hit.categoryTitle}</span>
              {hit.status ? <span className="text-slate-600 dark:text-slate-400">· {hit.status}</span> : null}
              {hit.severity ? (
                <span className="text-slate-600 dark:text-slate-400">· {hit.severity} severity</span>
              ) : null}
              {hit.revisions.length > 0 ? (
                <span className="text-slate-600 dark:text-slate-400">· MCP {describeRevisions(hit.revisions)}</span>
              ) : null}
            </span>
            <span className="mt-1 block font-medium text-sky-800 dark:text-sky-300">{hit.title}</span>
            <span className="mt-1 block text-sm break-words text-slate-700 dark:text-slate-300">
              <HighlightedSnippet text={hit.snippet} />
            </span>
            <span className="mt-1 block text-xs text-slate-500 dark:text-slate-400">Why: {hit.reasons.join("; ")}</span>
          </a>
        </li>
      ))}
    </ol>
  );
}
