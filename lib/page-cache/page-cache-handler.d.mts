// Types for page-cache-handler.mjs (plain JavaScript because Next.js loads it unbundled), for its tests.
export default class PageCacheHandler {
  get(key: string, ctx?: { kind?: string }): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, ctx?: unknown): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
