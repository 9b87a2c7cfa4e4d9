import { PAGE_CACHE_RUNTIME } from "./note-content-version";
import type { PageCacheRuntime } from "./page-cache-runtime";

/**
 * The content version the page cache serves (page-cache-runtime.ts), for other caches of published content to
 * follow: at most half a second behind another instance's change, at once after one on this instance. Null
 * outside a server (tests, scripts), where nothing may be cached.
 */
export function currentContentVersion(): Promise<number | null> {
  const runtime = (globalThis as Record<symbol, unknown>)[PAGE_CACHE_RUNTIME] as PageCacheRuntime | undefined;
  return runtime ? runtime.currentVersion() : Promise.resolve(null);
}
