import {
  decodeQuerySegment,
  encodeQuerySegment,
  isEmptyQuerySegment,
  internalQueryPathTest,
} from "@/lib/page-cache/query-segment";

// A runbook step's public URL carries its answers in the query (/runbooks/<slug>/<node>?who=server&v=3):
// shareable, and read by the server when JavaScript is off. A URL with answers is served from an internal form with
// the query as the last path segment (lib/page-cache/query-segment.ts), one page of the page cache per step and
// answers. A URL without (a runbook's first page, a step linked from elsewhere: the most asked for) is cached at
// its own path: even the proxy's rewrite costs a few percent of the throughput (measured, issue 13's note). Next.js's
// client router may then take one form of a step for the other (a page that reads no query looks the same for
// every query); harmless here, since the walker reads its step and answers from the address bar and moves
// between steps itself (components/runbooks/use-step-navigation.ts). The known-issue list has no such reader, so
// its unfiltered form keeps the internal path (lib/known-issues/list-query.ts).
//
// proxy.ts rewrites to the internal path (NextResponse.rewrite: next.config.ts's header-conditioned rewrites cost
// about twice as much, measured).

/** The node segment of a runbook's first page (no node named). Node ids are kebab-case, never this. */
const ROOT_SEGMENT = "~";
/** The runbook's own routes beside its steps. */
const TOOL_ROUTES = new Set(["flowchart", "flowchart.svg", "transcript"]);

/** True for a runbook step's public path (its first page or a node), not the runbook's other routes. */
export function isStepPath(pathname: string): boolean {
  const match = /^\/runbooks\/([^/]+)(?:\/([^/]+))?$/.exec(pathname);
  return match !== null && !TOOL_ROUTES.has(match[2] ?? "");
}

/**
 * The query segment of the internal path a step URL is served from; null when the path is not a runbook step or
 * the URL has no query (then served at its own path).
 */
function cachedStepQuery(pathname: string, search: URLSearchParams): string | null {
  if (!isStepPath(pathname)) return null;
  const segment = encodeQuerySegment(search);
  return isEmptyQuerySegment(segment) ? null : segment;
}

/**
 * The internal path a step URL with answers is served from; null when the path is not a runbook step or the URL
 * has no answers.
 */
export function cachedStepPath(pathname: string, search: URLSearchParams): string | null {
  const query = cachedStepQuery(pathname, search);
  if (query === null) return null;
  const [, , slug, node] = pathname.split("/");
  return `/runbooks/${slug}/${node ?? ROOT_SEGMENT}/${query}`;
}

/**
 * True for the internal path of a step. The proxy meets this path only when a client asks for it by name (its own
 * rewrites are not run through it again).
 */
export const isCachedStepPath = internalQueryPathTest("/runbooks/[^/]+/[^/]+");

export interface CachedStep {
  /** The node the URL names; null for the runbook's first page. */
  nodeId: string | null;
  query: URLSearchParams;
}

/** Reads the route's segments after the slug, in either form; null when they are neither. */
export function stepFromSegments(segments: string[] | undefined): CachedStep | null {
  if (!segments?.length) return { nodeId: null, query: new URLSearchParams() };
  const [node, segment] = segments as [string, string?];
  if (segment === undefined) return node === ROOT_SEGMENT ? null : { nodeId: node, query: new URLSearchParams() };
  const query = segments.length === 2 && decodeQuerySegment(segment);
  return query ? { nodeId: node === ROOT_SEGMENT ? null : node, query } : null;
}

/** The public URL of a step read from its internal form. */
export function publicStepPath(slug: string, step: CachedStep): string {
  const query = step.query.toString();
  return `/runbooks/${slug}${step.nodeId ? `/${step.nodeId}` : ""}${query ? `?${query}` : ""}`;
}
