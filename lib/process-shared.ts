/**
 * One value per server process, whichever bundle asks. Next.js bundles instrumentation.ts apart from the
 * routes, so a module variable exists once per bundle; a value both must see (a cache instrumentation warms
 * for the routes) lives on globalThis under a registered symbol.
 */
export function processShared<T>(name: string, create: () => T): T {
  const store = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(`mcp-portal.${name}`);
  if (!(key in store)) store[key] = create();
  return store[key] as T;
}
