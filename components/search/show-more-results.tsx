import { MAX_RESULTS } from "@/lib/search/limits";

interface Props {
  /** The search as the URL carries it (query and filters), without `limit`. */
  params: URLSearchParams;
  shown: number;
  total: number;
}

/**
 * A link, so it works without JavaScript: the same search with every result up to MAX_RESULTS, opened at the first
 * one not shown yet (its list item's id, in SearchResults).
 */
export function ShowMoreResults({ params, shown, total }: Props) {
  const more = Math.min(total, MAX_RESULTS) - shown;
  if (more <= 0) return null;
  const href = new URLSearchParams(params);
  href.set("limit", String(MAX_RESULTS));
  return (
    <a
      href={`/search?${href.toString()}#result-${shown + 1}`}
      className="inline-block rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium text-sky-800 hover:border-sky-600 dark:border-slate-600 dark:text-sky-300"
    >
      Show {more} more result{more === 1 ? "" : "s"}
    </a>
  );
}
