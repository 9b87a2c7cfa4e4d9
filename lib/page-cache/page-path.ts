import { AsyncLocalStorage } from "node:async_hooks";

import { processShared } from "@/lib/process-shared";

// Where a page whose database went away mid-render sends the browser back to (reporting-unavailable.ts): its
// own path, so that the next request meets the proxy's 503 page, or the page if the database is back.

/** The request header proxy.ts sets to a per-request page's own path and query. */
export const REQUEST_PATH_HEADER = "x-portal-request-path";

// Requests the proxy does not see (router prefetches, by its matcher) keep whatever header the client sent, so
// the value carries a key only this server process knows: a forged header is ignored. The proxy and the
// pages run in one process; globalThis, not a module variable, because they are separate bundles.
function processKey(): string {
  return processShared("request-path-key", () => crypto.randomUUID());
}

/** The header's value for a page at `path` (proxy.ts). */
export function requestPathHeaderValue(path: string): string {
  return `${processKey()} ${path}`;
}

/** The path a request-path header names, or null when it was not set by this process's proxy or is not a local path. */
export function pathFromRequestPathHeader(value: string | null): string | null {
  const prefix = `${processKey()} `;
  if (!value?.startsWith(prefix)) return null;
  return localPath(value.slice(prefix.length));
}

// Shared through globalThis like processKey: the app's database client (lib/db/index.ts) is made by whichever
// bundle asks first, and reads this store from its own copy of the module.
const cachedPage = processShared("cached-page-path", () => new AsyncLocalStorage<string>());

/**
 * Loads a cached page's data (lib/page-cache). A cached page cannot read request headers (that would make it
 * per-request), so it names its own path here; the page cache keeps no redirect.
 */
export function loadForCachedPage<T>(path: string, load: () => Promise<T>): Promise<T> {
  // Awaited inside the context: Prisma's queries are lazy and start when awaited.
  return cachedPage.run(path, async () => await load());
}

/** The path a cached page being loaded named, if the current work runs inside loadForCachedPage. */
export function cachedPagePath(): string | null {
  const path = cachedPage.getStore();
  return path === undefined ? null : localPath(path);
}

/** Same-origin paths only: never "//host" or "/\\host", which browsers read as another site. */
function localPath(path: string): string | null {
  return /^\/(?![/\\])/.test(path) && !/\s/.test(path) ? path : null;
}
