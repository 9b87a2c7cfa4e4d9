// CORS for browser-based MCP clients (allowed origins only, see origin.ts). Stateless: no Mcp-Session-Id
// to expose. The 2026-07-28 revision's request headers (Mcp-Method, Mcp-Name, MCP-Protocol-Version) must
// be allowed for a browser to send them.
const ALLOWED_HEADERS = [
  "Content-Type",
  "Accept",
  "MCP-Protocol-Version",
  "Mcp-Method",
  "Mcp-Name",
  "Mcp-Session-Id",
  "Last-Event-ID",
  "traceparent",
  "tracestate",
].join(", ");

export function corsHeaders(origin: string | null): Record<string, string> {
  if (!origin) return {};
  return {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Allow-Methods": "POST, GET, DELETE, OPTIONS",
    "Access-Control-Allow-Headers": ALLOWED_HEADERS,
    "Access-Control-Expose-Headers": "MCP-Protocol-Version, Retry-After",
    "Access-Control-Max-Age": "600",
    Vary: "Origin",
  };
}
