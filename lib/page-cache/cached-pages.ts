/**
 * The pages rendered once and served from the page cache until content changes (page-cache-handler.mjs):
 * the same for everyone, reading nothing from the request. Their Content-Security-Policy allows their own
 * inline scripts by hash (set by the cache), so the proxy gives them no nonce policy. A page added here
 * must be static in the build (no cookies, headers or searchParams) or it would go without a policy:
 * e2e/page-cache.spec.ts checks each one. Runbook steps with answers (lib/runbooks/cached-step-path.ts),
 * searches and the known-issue list are cached too, under the internal paths proxy.ts rewrites them to.
 */
const CACHED_PAGES = [
  /^\/$/,
  /^\/categories\/[^/]+$/,
  /^\/known-issues\/[^/]+$/,
  // No database at all: the build's static page, kept like the others (and the benchmark's static baseline).
  /^\/changes\/2026-07-28$/,
];

export function isCachedPage(pathname: string): boolean {
  return CACHED_PAGES.some((pattern) => pattern.test(pathname));
}
