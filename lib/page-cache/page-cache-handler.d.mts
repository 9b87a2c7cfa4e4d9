// Types for page-cache-handler.mjs (plain JavaScript because Next.js loads it unbundled), for its tests.
/** The most the cache holds, about, in bytes of HTML and React data. */
export const MAX_BYTES: number;

export default class PageCacheHandler {
  get(key: string, ctx?: { kind?: string }): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, ctx?: unknown): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
