import { PAGE_RESULTS } from "./limits";
import { FACET_KEYS } from "./schemas";

/** A page's search parameters as Next.js hands them over: repeated keys become arrays. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The filters the parameters name: kept in the URL and sent with every live search. */
export function searchPageFilters(raw: RawSearchParams): Record<string, string> {
  return Object.fromEntries(FACET_KEYS.flatMap((key) => (first(raw[key]) ? [[key, first(raw[key])!]] : [])));
}

/** Whether the search page runs a search for these parameters (words or a filter); an empty form runs none. */
export function asksForSearch(raw: RawSearchParams): boolean {
  return Boolean(first(raw.q)?.trim()) || Object.keys(searchPageFilters(raw)).length > 0;
}

/** The first value of `q`, as the page shows it in its box. */
export function searchPageQuery(raw: RawSearchParams): string {
  return first(raw.q) ?? "";
}

/** URLSearchParams in the shape Next.js gives a page's `searchParams`. */
export function rawSearchParams(query: URLSearchParams): RawSearchParams {
  const raw: RawSearchParams = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    raw[key] = values.length === 1 ? values[0]! : values;
  }
  return raw;
}

/** The parameters the page searches with: its own shorter first page unless the URL asks for a `limit`. */
export function withPageLimit(raw: RawSearchParams): RawSearchParams {
  return first(raw.limit) ? raw : { ...raw, limit: String(PAGE_RESULTS) };
}
