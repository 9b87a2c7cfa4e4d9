import "server-only";

import { createMcpHandler, type McpHttpHandler } from "@modelcontextprotocol/server";

import { AppError } from "@/lib/errors";
import { limitRequest } from "@/lib/rate-limit/limit-request";
import { publicOrigin } from "@/lib/security/public-origin";

import { createMcpServer } from "../create-mcp-server";

import { corsHeaders } from "./cors";
import { isAllowedOrigin } from "./origin";

/** Error text and tool arguments are small: a body over this is refused (413) before it is parsed. */
const MAX_BODY_BYTES = 64 * 1024;

let handler: McpHttpHandler | undefined;

/**
 * The SDK's stateless handler: it serves 2026-07-28 requests (per-request `_meta`, server/discover,
 * header checks) and 2025-era clients through its stateless legacy leg (initialize on every connection,
 * GET and DELETE answered 405). One server instance per request, built for the origin of that request.
 */
function mcpHandler(): McpHttpHandler {
  handler ??= createMcpHandler(
    ({ requestInfo }) => createMcpServer(publicOrigin(requestInfo?.headers ?? new Headers())),
    {
      legacy: "stateless",
      maxRequestBodySize: MAX_BODY_BYTES,
      onerror: (error) => console.error("MCP:", error.message),
    },
  );
  return handler;
}

/** /mcp: Origin check (DNS rebinding), CORS, the shared search rate limit, then the SDK. */
export async function handleMcpRequest(request: Request): Promise<Response> {
  const origin = request.headers.get("origin");
  if (!isAllowedOrigin(origin)) {
    return jsonRpcError(403, -32000, "Forbidden: this Origin may not call the portal's MCP server.", {});
  }
  const cors = corsHeaders(origin);
  if (request.method === "OPTIONS") return new Response(null, { status: 204, headers: cors });
  if (request.method === "POST") {
    const { searches, id } = await readCalls(request);
    try {
      // Only calls that run a search or read content spend the budget; listings and discovery are free.
      if (searches) await limitRequest("search", request.headers);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const retry = String(error.details.retryAfterSeconds ?? 60);
      return jsonRpcError(error.status, -32000, error.message, { ...cors, "Retry-After": retry }, id);
    }
  }
  const response = await mcpHandler().fetch(request);
  const headers = new Headers(response.headers);
  for (const [key, value] of Object.entries(cors)) headers.set(key, value);
  headers.set("Cache-Control", "no-store");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

const SPENDING = new Set(["tools/call", "resources/read"]);

/** Whether a POST holds a tool call or a resource read, and its id (a copy is read; the SDK reads the body). */
async function readCalls(request: Request): Promise<{ searches: boolean; id: string | number | null }> {
  const text = await request
    .clone()
    .text()
    .catch(() => "");
  if (text.length > MAX_BODY_BYTES) return { searches: false, id: null }; // the SDK answers 413
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { searches: false, id: null };
  }
  const messages = (Array.isArray(body) ? body : [body]) as { method?: unknown; id?: unknown }[];
  const first = messages.find((m) => m && typeof m === "object" && SPENDING.has(String(m.method)));
  const id = first && (typeof first.id === "string" || typeof first.id === "number") ? first.id : null;
  return { searches: Boolean(first), id };
}

function jsonRpcError(
  status: number,
  code: number,
  message: string,
  headers: Record<string, string>,
  id: string | number | null = null,
) {
  return Response.json({ jsonrpc: "2.0", id, error: { code, message } }, { status, headers });
}
