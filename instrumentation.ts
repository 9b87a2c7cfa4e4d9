// Validates configuration once, when the server starts: a bad variable stops start-up with one line
// instead of surfacing later as a failing page. Then gives the page cache (lib/page-cache) its runtime, and
// prepares search in the background (start-up does not wait for it).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkEnvOnStart } = await import("@/lib/check-env-on-start");
  checkEnvOnStart();
  const { isBuildPhase } = await import("@/lib/env");
  if (isBuildPhase()) return;
  const { registerPageCacheRuntime } = await import("@/lib/page-cache/page-cache-runtime");
  registerPageCacheRuntime();
  const { warmUpSearch } = await import("@/lib/search/warm-up");
  void warmUpSearch();
}
