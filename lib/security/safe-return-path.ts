const BASE = "http://portal.invalid";

/**
 * A path on this site to go back to after a form, or `fallback`. The value is normalised the way a
 * browser will resolve it ("..", "%2e%2e", backslashes, tabs) before it is judged, so that
 * "/..//evil.example" cannot pass as a local path and become "//evil.example" afterwards. With `within`,
 * the normalised path must also stay under that prefix (the outcomes form returns only into its runbook).
 */
export function safeReturnPath(
  value: unknown,
  { within, fallback = "/" }: { within?: string; fallback?: string } = {},
) {
  if (typeof value !== "string" || !value.startsWith("/") || /[\\\u0000-\u001f\u007f\s]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.pathname.startsWith("//")) return fallback;
  if (within && url.pathname !== within && !url.pathname.startsWith(`${within}/`)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
