import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { PAGE_CACHE_RUNTIME } from "./note-content-version";
import PageCacheHandler, { MAX_BYTES } from "./page-cache-handler.mjs";

const registry = globalThis as Record<symbol, unknown>;
const PAGE = { kind: "APP_PAGE" };
const page = (html: string) => ({ kind: "APP_PAGE", html, headers: { "x-next-cache-tags": "t" } });

describe("the page cache", () => {
  let version: number;
  beforeEach(() => {
    version = 1;
    registry[PAGE_CACHE_RUNTIME] = {
      currentVersion: async () => version,
      policyForHtml: (html: string) => `policy for ${html.length} characters`,
      noteVersion: () => undefined,
    };
  });
  afterEach(() => {
    delete registry[PAGE_CACHE_RUNTIME];
  });

  it("serves a page rendered at the current content version, with its own hash policy", async () => {
    const cache = new PageCacheHandler();
    expect(await cache.get("/a", PAGE)).toBeNull();
    const data = page("<html>a</html>");
    await cache.set("/a", data);
    expect(data.headers).toMatchObject({ "content-security-policy": "policy for 14 characters" });
    expect((await cache.get("/a", PAGE))?.value).toBe(data);
  });

  it("retires every page when the content version changes, and keeps a render that raced a change as old", async () => {
    const cache = new PageCacheHandler();
    await cache.get("/b", PAGE);
    version = 2; // an approval committed while /b was rendering from version 1's content
    await cache.set("/b", page("<html>b</html>"));
    expect(await cache.get("/b", PAGE)).toBeNull();
    await cache.set("/b", page("<html>b2</html>"));
    expect(await cache.get("/b", PAGE)).not.toBeNull();
    version = 3;
    expect(await cache.get("/b", PAGE)).toBeNull();
  });

  it("keeps nothing while the server is not running (next build) or for anything but pages", async () => {
    const cache = new PageCacheHandler();
    delete registry[PAGE_CACHE_RUNTIME];
    expect(await cache.get("/c", PAGE)).toBeNull();
    await cache.set("/c", page("<html>c</html>"));
    registry[PAGE_CACHE_RUNTIME] = { currentVersion: async () => 1, policyForHtml: () => "p", noteVersion: () => 0 };
    expect(await cache.get("/c", PAGE)).toBeNull();
    expect(await cache.get("/api/x", { kind: "APP_ROUTE" })).toBeNull();
  });

  it("never keeps a redirect: a page whose database went away mid-render is sent back to itself, not cached so", async () => {
    const cache = new PageCacheHandler();
    await cache.get("/d", PAGE);
    await cache.set("/d", { ...page("<html>d</html>"), status: 307 });
    expect(await cache.get("/d", PAGE)).toBeNull();
    await cache.set("/d", { ...page("<html>d</html>"), status: 200 });
    expect(await cache.get("/d", PAGE)).not.toBeNull();
  });

  it("keeps its size bounded, evicting the least recently used page first", async () => {
    const cache = new PageCacheHandler();
    // One string shared by every entry: counted per entry, held once by this test.
    const quarter = page("x".repeat(MAX_BYTES / 4));
    for (const key of ["/f1", "/f2", "/f3"]) {
      await cache.get(key, PAGE);
      await cache.set(key, { ...quarter });
    }
    expect(await cache.get("/f1", PAGE)).not.toBeNull();
    for (const key of ["/f4", "/f5"]) {
      await cache.get(key, PAGE);
      await cache.set(key, { ...quarter });
    }
    // Five quarters do not fit: /f2, read least recently, went first; /f1, read again, stayed.
    expect(await cache.get("/f2", PAGE)).toBeNull();
    for (const key of ["/f1", "/f3", "/f4", "/f5"]) expect(await cache.get(key, PAGE)).not.toBeNull();
  });

  it("keeps a page rendered again after its revalidate time (a runbook step's outcome rates) at the version it was read", async () => {
    const cache = new PageCacheHandler();
    await cache.get("/e", PAGE);
    await cache.set("/e", page("<html>e1</html>"));
    // Next.js serves the entry it got and renders the page again in the background.
    expect(await cache.get("/e", PAGE)).not.toBeNull();
    const refreshed = page("<html>e2</html>");
    await cache.set("/e", refreshed);
    expect((await cache.get("/e", PAGE))?.value).toBe(refreshed);
  });
});
