// A page that reads its query is rendered per request. A page whose content depends on its query (a runbook step's
// answers, a search) is therefore served from an internal path that carries the query as its last segment: each
// query is then one page of the page cache, while the browser keeps the public URL. proxy.ts rewrites to it.

/**
 * Marks the segment, so that it is never empty. The query is base64url-encoded: Next.js decodes some
 * percent-escapes of a path segment and keeps others (an escaped "&" came back escaped), base64url needs neither.
 */
const QUERY_MARK = "q";
/** Next.js's cache-busting parameter of client navigations: not part of what the page shows. */
const ROUTER_PARAMS = ["_rsc"];

/** A query segment, as a regular expression's source. */
const QUERY_SEGMENT_SOURCE = `${QUERY_MARK}[\\w-]*`;

/** The segment that carries `search`. */
export function encodeQuerySegment(search: URLSearchParams): string {
  const query = new URLSearchParams(search);
  for (const key of ROUTER_PARAMS) query.delete(key);
  return `${QUERY_MARK}${Buffer.from(query.toString()).toString("base64url")}`;
}

/** True for the segment of a URL without a query (router parameters aside). */
export function isEmptyQuerySegment(segment: string): boolean {
  return segment === QUERY_MARK;
}

const QUERY_SEGMENT = new RegExp(`^${QUERY_SEGMENT_SOURCE}$`);

export function isQuerySegment(segment: string): boolean {
  return QUERY_SEGMENT.test(segment);
}

/** The query a segment carries; null when the segment is not one. */
export function decodeQuerySegment(segment: string): URLSearchParams | null {
  if (!isQuerySegment(segment)) return null;
  return new URLSearchParams(Buffer.from(segment.slice(QUERY_MARK.length), "base64url").toString());
}

/** Tests for the internal paths `prefix` + "/" + a query segment (`prefix` a regular expression's source). */
export function internalQueryPathTest(prefix: string): (pathname: string) => boolean {
  const internal = new RegExp(`^${prefix}/${QUERY_SEGMENT_SOURCE}$`);
  return (pathname) => internal.test(pathname);
}

/** A cached page's query, read from its segment, with the public URL it stands for; null for any other segment. */
export function decodeQueryPage(publicPathname: string, segment: string) {
  const search = decodeQuerySegment(segment);
  if (!search) return null;
  const query = search.toString();
  return { search, publicPath: `${publicPathname}${query ? `?${query}` : ""}` };
}
