"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

import type { SearchResult } from "@/lib/search/run-search";
import { MAX_QUERY_LENGTH, PAGE_RESULTS } from "@/lib/search/limits";

import { DiagnosisPanel } from "./diagnosis-panel";
import { NoResults } from "./no-results";
import { SearchResults } from "./search-results";
import { ShowMoreResults } from "./show-more-results";

interface Props {
  initialQuery: string;
  /** Filters in force; kept in the URL and sent with every request. */
  filters: Record<string, string>;
  /** Results asked for; kept in the URL when it is not the page's default. */
  limit: number;
  initialResult: SearchResult | null;
  initialError: string | null;
  discussionUrl: string;
  /** Facets rendered on the server for the initial query. */
  facets: ReactNode;
}

const DEBOUNCE_MS = 200;

/**
 * The search form. Without JavaScript it is a plain GET form. With it, results follow the typing:
 * debounced, each new request cancels the one before, and the URL is kept in step with the query.
 */
export function LiveSearch({
  initialQuery,
  filters,
  limit,
  initialResult,
  initialError,
  discussionUrl,
  facets,
}: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [result, setResult] = useState(initialResult);
  const [error, setError] = useState(initialError);
  const [loading, setLoading] = useState(false);
  const [active, setActive] = useState(-1);
  const [showFacets, setShowFacets] = useState(true);
  const controller = useRef<AbortController | null>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const timer = setTimeout(async () => {
      controller.current?.abort();
      const params = new URLSearchParams({ ...filters, q: query });
      if (limit !== PAGE_RESULTS) params.set("limit", String(limit));
      window.history.replaceState(null, "", `/search?${params.toString()}`);
      // Facets came from the server for the first query; after typing they would be stale.
      setShowFacets(false);
      if (!query.trim()) {
        setResult(null);
        setError(null);
        return;
      }
      const current = new AbortController();
      controller.current = current;
      setLoading(true);
      try {
        params.set("limit", String(limit));
        const response = await fetch(`/api/search?${params.toString()}`, { signal: current.signal });
        const body = await response.json();
        if (!response.ok) {
          setError(body?.error?.message ?? "The search failed. Try again.");
          setResult(null);
        } else {
          setError(null);
          setResult(body as SearchResult);
          setActive(-1);
        }
      } catch (caught) {
        if ((caught as Error).name !== "AbortError")
          setError("The portal could not be reached. Check your connection.");
      } finally {
        if (controller.current === current) setLoading(false);
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, filters, limit]);

  function onKeyDown(event: React.KeyboardEvent<HTMLTextAreaElement>) {
    const hits = result?.hits ?? [];
    if (event.key === "ArrowDown" && hits.length > 0) {
      event.preventDefault();
      setActive((index) => Math.min(hits.length - 1, index + 1));
    } else if (event.key === "ArrowUp" && hits.length > 0) {
      event.preventDefault();
      setActive((index) => Math.max(-1, index - 1));
    } else if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      if (active >= 0 && hits[active]) window.location.assign(hits[active].url);
      else (event.currentTarget.form as HTMLFormElement).requestSubmit();
    }
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_14rem]">
      <div className="min-w-0 space-y-4">
        <form action="/search" method="get" role="search" className="space-y-2">
          <label htmlFor="search-query" className="block font-medium text-slate-900 dark:text-white">
            Paste the error you see, or type a few words
          </label>
          <textarea
            id="search-query"
            name="q"
            rows={3}
            maxLength={MAX_QUERY_LENGTH}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
            aria-describedby="search-help"
            aria-controls="search-results"
            className="w-full rounded-lg border border-slate-300 bg-white p-3 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
          />
          {Object.entries(filters).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div className="flex items-center gap-3">
            <button type="submit" className="rounded-lg bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
              Search
            </button>
            <p id="search-help" className="text-xs text-slate-500 dark:text-slate-400">
              Timestamps, ids, hosts and paths are ignored. ↑/↓ choose a result, Enter opens it, Shift+Enter adds a
              line.
            </p>
          </div>
        </form>
        <div id="search-results" aria-busy={loading} className="space-y-3">
          <p role="status" aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">
            {error ? <span className="text-red-700 dark:text-red-400">{error}</span> : null}
            {!error && result
              ? `${result.total} result${result.total === 1 ? "" : "s"}${loading ? " (updating…)" : ""}`
              : null}
          </p>
          {result?.diagnosis ? <DiagnosisPanel diagnosis={result.diagnosis} /> : null}
          {result && result.hits.length > 0 ? <SearchResults hits={result.hits} activeIndex={active} /> : null}
          {result ? (
            <ShowMoreResults
              params={new URLSearchParams({ ...filters, q: query })}
              shown={result.hits.length}
              total={result.total}
            />
          ) : null}
          {result && result.hits.length === 0 ? (
            <NoResults categories={result.suggestedCategories} discussionUrl={discussionUrl} />
          ) : null}
        </div>
      </div>
      <aside>{showFacets ? facets : null}</aside>
    </div>
  );
}
