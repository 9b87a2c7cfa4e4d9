import { createHash } from "node:crypto";

// Headers for every response. The Content-Security-Policy needs a fresh nonce per request, so proxy.ts
// sets it; these are the ones that never change.
export const staticSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  // Ignored by browsers over plain http (local use); enforced once the portal is served over TLS.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

/**
 * The policy of every API answer (JSON, SVG files, next-auth's endpoints): they run nothing and load
 * nothing, so nothing is allowed. Static, since no nonce is needed; set by next.config.ts, because the
 * proxy does not see API routes (it would read their bodies, see proxy.ts).
 */
export const API_CONTENT_SECURITY_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Where the server keeps the hash of next-themes' inline script (it sets the theme class before the page
 * paints), for pages rendered per request: their Next.js scripts carry the nonce, but the layout no longer
 * reads it. The script's text is what the build's minifier made of next-themes, so it is read from the
 * build's own output (by lib/page-cache/page-cache-runtime.ts, with findThemeScriptHash below), not written here.
 */
const THEME_HASH = Symbol.for("portal.theme-script-hash");

export function rememberThemeScriptHash(hash: string): void {
  (globalThis as Record<symbol, unknown>)[THEME_HASH] = hash;
}

function themeScriptHash(): string {
  const hash = (globalThis as Record<symbol, unknown>)[THEME_HASH];
  return typeof hash === "string" ? ` ${hash}` : "";
}

function policy(scriptSources: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * A strict policy for a page rendered per request: scripts only with this request's nonce or the theme
 * script's hash (and what they load, 'strict-dynamic'), no plugins, no framing, no foreign form targets.
 * Styles allow inline because React sets style attributes.
 */
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return policy(`'self' 'nonce-${nonce}'${themeScriptHash()} 'strict-dynamic'`, dev);
}

/**
 * The policy of a cached page (lib/page-cache): the same, with the hashes of the page's own inline scripts
 * instead of a nonce, which a page served to many people cannot have. Next.js's script files load from
 * 'self'; nothing inline runs unless it is byte for byte what was rendered.
 */
export function hashedContentSecurityPolicy(inlineHashes: readonly string[]): string {
  return policy(["'self'", ...new Set(inlineHashes)].join(" "), false);
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

function inlineScripts(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes, body]) => !/\bsrc\s*=/i.test(attributes!) && body!.length > 0)
    .map(([, , body]) => body!);
}

const hashSource = (script: string) => `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;

/** The CSP hash sources ('sha256-…') of every inline script in a page's HTML. */
export function inlineScriptHashes(html: string): string[] {
  return inlineScripts(html).map(hashSource);
}

/** The hash source of next-themes' script in a rendered page (it reads the stored theme), if there is one. */
export function findThemeScriptHash(html: string): string | null {
  const script = inlineScripts(html).find((body) => body.includes("localStorage.getItem("));
  return script === undefined ? null : hashSource(script);
}

export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
