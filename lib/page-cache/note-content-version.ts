/** Where instrumentation.ts registers the page cache's runtime (page-cache-runtime.ts); read by page-cache-handler.mjs. */
export const PAGE_CACHE_RUNTIME = Symbol.for("portal.page-cache");

/**
 * A write on this instance committed a new content version: its cached pages are retired at once, not at
 * the next poll. Through globalThis, because instrumentation.ts and the routes are bundled apart and each
 * has its own copy of every module. Does nothing outside a server (tests, scripts).
 */
export function noteContentVersion(version: number): void {
  const runtime = (globalThis as Record<symbol, unknown>)[PAGE_CACHE_RUNTIME] as
    { noteVersion(version: number): void } | undefined;
  runtime?.noteVersion(version);
}
