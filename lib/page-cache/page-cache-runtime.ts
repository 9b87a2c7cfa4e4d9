import "server-only";

import { readFileSync } from "node:fs";
import path from "node:path";

import { getDb } from "@/lib/db";
import {
  findThemeScriptHash,
  hashedContentSecurityPolicy,
  inlineScriptHashes,
  rememberThemeScriptHash,
} from "@/lib/security/headers";

import { readContentVersion } from "./content-version";
import { PAGE_CACHE_RUNTIME } from "./note-content-version";

/**
 * How often a server asks the database for the content version. A change made on this instance is seen at
 * once (noteContentVersion); one made on another instance, or by `db:seed`, within this time.
 */
export const CONTENT_VERSION_POLL_MS = 500;

/** What page-cache-handler.mjs (loaded by Next.js, unbundled) reaches through globalThis. */
export interface PageCacheRuntime {
  /**
   * The database's content version, at most CONTENT_VERSION_POLL_MS old. When it cannot be read, the newest
   * this server has seen; null if none yet.
   */
  currentVersion(): Promise<number | null>;
  /** The Content-Security-Policy of a cached page: its own inline scripts, by hash. */
  policyForHtml(html: string): string;
  /** A write on this instance committed this version. */
  noteVersion(version: number): void;
}

const state: { version: number | null; checkedAt: number; reading: Promise<number | null> | null } = {
  version: null,
  checkedAt: 0,
  reading: null,
};

async function readVersion(): Promise<number | null> {
  try {
    const version = await readContentVersion(await getDb());
    state.version = Math.max(version, state.version ?? 0);
    state.checkedAt = Date.now();
    return state.version;
  } catch {
    // Unreachable database: the newest version this server saw. Its cached pages stay served (until the proxy
    // learns of the outage and answers 503) instead of being rendered again from a database that is gone.
    return state.version;
  } finally {
    state.reading = null;
  }
}

export const pageCacheRuntime: PageCacheRuntime = {
  currentVersion() {
    if (state.version !== null && Date.now() - state.checkedAt < CONTENT_VERSION_POLL_MS) {
      return Promise.resolve(state.version);
    }
    state.reading ??= readVersion();
    return state.reading;
  },
  policyForHtml(html) {
    const themeHash = findThemeScriptHash(html);
    if (themeHash) rememberThemeScriptHash(themeHash);
    return hashedContentSecurityPolicy(inlineScriptHashes(html));
  },
  noteVersion(version) {
    if (version > (state.version ?? 0)) {
      state.version = version;
      state.checkedAt = Date.now();
    }
  },
};

/**
 * Called by instrumentation.ts when the server starts. Reads the theme script's hash from the build's one
 * prerendered page, so pages rendered per request allow it from their first request on.
 */
export function registerPageCacheRuntime(): void {
  try {
    const html = readFileSync(path.join(process.cwd(), ".next/server/app/_not-found.html"), "utf8");
    const themeHash = findThemeScriptHash(html);
    if (themeHash) rememberThemeScriptHash(themeHash);
  } catch {
    // No prerendered page (a development server): the first cached page rendered supplies the hash.
  }
  (globalThis as Record<symbol, unknown>)[PAGE_CACHE_RUNTIME] = pageCacheRuntime;
}
