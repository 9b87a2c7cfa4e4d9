// Next.js's cache of rendered pages (next.config.ts `cacheHandler`), kept in this process's memory and keyed
// by the content version: an entry rendered at an older version than the database's is never served, so a
// seed, an approval or a rejection (on any instance) retires every cached page at once. The version and the
// page's Content-Security-Policy come from lib/page-cache/page-cache-runtime.ts, which instrumentation.ts
// registers on globalThis; plain JavaScript because Next.js loads this file itself, unbundled.
//
// Build-time prerenders are never kept: the database at build time may be empty or hold other content.
// Until the runtime is registered (during `next build`) every lookup misses and nothing is stored.

const RUNTIME = Symbol.for("portal.page-cache");
/** Bounds memory when many distinct paths (unknown slugs answered 404, searches) are asked for. */
const MAX_ENTRIES = 2000;
/**
 * And by size: a search page with its React data is about 120 KB, a runbook step less, so 2,000 searches alone
 * would hold about 240 MB. Past this, the least recently used pages go first.
 */
export const MAX_BYTES = 128 * 1024 * 1024;

/** @type {Map<string, { value: unknown; lastModified: number; version: number; bytes: number }>} */
const entries = new Map();
let bytesKept = 0;
/** The version a page is being rendered at: stored with it, so a render that raced a bump is not kept as new. */
const rendering = new Map();

function runtime() {
  return globalThis[RUNTIME];
}

function isRedirect(status) {
  return typeof status === "number" && status >= 300 && status < 400;
}

function keep(key, entry) {
  entries.set(key, entry);
  bytesKept += entry.bytes;
}

function forget(key) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  bytesKept -= entry.bytes;
}

/** About what an entry holds: its HTML, its React data and the per-segment data of client navigations. */
function sizeOf(data) {
  let bytes = data.html.length + (data.rscData?.byteLength ?? 0);
  if (data.segmentData instanceof Map)
    for (const segment of data.segmentData.values()) bytes += segment.byteLength ?? 0;
  return bytes;
}

export default class PageCacheHandler {
  async get(key, ctx) {
    if (ctx?.kind !== "APP_PAGE") return null;
    const version = await runtime()?.currentVersion();
    if (version === undefined || version === null) return null;
    // What is rendered next for this key, after a miss or to refresh a page past its revalidate time (runbook
    // steps, for their outcome rates), is rendered from this version's content.
    rendering.delete(key);
    rendering.set(key, version);
    if (rendering.size > MAX_ENTRIES) rendering.delete(rendering.keys().next().value);
    const entry = entries.get(key);
    if (!entry) return null;
    forget(key);
    if (entry.version !== version) return null;
    // Most recently used last: Map keeps insertion order, so eviction takes the first keys.
    keep(key, entry);
    return { value: entry.value, lastModified: entry.lastModified };
  }

  async set(key, data) {
    const version = rendering.get(key);
    rendering.delete(key);
    const current = runtime();
    if (!current || data?.kind !== "APP_PAGE" || typeof data.html !== "string") return;
    // The policy allows exactly this page's inline scripts (by hash). Set on the entry's own headers, which
    // Next.js sends with this response and with every later one served from the entry; set even when the
    // entry is not kept (its version unknown), since the proxy gave this page no policy.
    data.headers = { ...data.headers, "content-security-policy": current.policyForHtml(data.html) };
    // A redirect is a page sent back to itself because its database went away mid-render (lib/page-cache/page-path.ts).
    if (version === undefined || isRedirect(data.status)) return;
    forget(key);
    keep(key, { value: data, lastModified: Date.now(), version, bytes: sizeOf(data) });
    while (entries.size > MAX_ENTRIES || (bytesKept > MAX_BYTES && entries.size > 1))
      forget(entries.keys().next().value);
  }

  async revalidateTag() {
    // Nothing is tagged: the content version retires entries.
  }

  resetRequestCache() {}
}
