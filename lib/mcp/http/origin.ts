import { getEnv } from "@/lib/env";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Whether a browser Origin may call the MCP server. No Origin: a non-browser client (agents, editors,
 * CLIs). Otherwise only loopback origins, the portal's own (PUBLIC_URL) and MCP_ALLOWED_ORIGINS. The
 * Host header is no guide: in a DNS rebinding attack it names the attacker's domain, as Origin does.
 */
export function isAllowedOrigin(origin: string | null): boolean {
  if (origin === null || origin === "") return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // including the opaque "null" origin
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  if (LOOPBACK.has(url.hostname)) return true;
  const env = getEnv();
  const allowed = [env.PUBLIC_URL, ...env.MCP_ALLOWED_ORIGINS].flatMap((value) =>
    value ? [new URL(value).origin] : [],
  );
  return allowed.includes(url.origin);
}
