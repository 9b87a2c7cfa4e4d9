import type { ProbeContext } from "./context";
import type { ProbeRequest, ProbeResponse } from "./net/http-request";

export const MODERN_REVISION = "2026-07-28";
export const LEGACY_REVISIONS = ["2025-11-25", "2025-06-18", "2025-03-26"] as const;
export const ACCEPT_BOTH = "application/json, text/event-stream";

const CLIENT_INFO = { name: "mcp-security-portal-probe", version: "1.0.0" };

/** server/discover as a 2026-07-28 client sends it: the _meta envelope and the mirrored headers. */
export function discoverRequest(url: string, headerVersion = MODERN_REVISION): ProbeRequest {
  const body = {
    jsonrpc: "2.0",
    id: 1,
    method: "server/discover",
    params: {
      _meta: {
        "io.modelcontextprotocol/protocolVersion": MODERN_REVISION,
        "io.modelcontextprotocol/clientCapabilities": {},
        "io.modelcontextprotocol/clientInfo": CLIENT_INFO,
      },
    },
  };
  return post(url, body, { "mcp-protocol-version": headerVersion, "mcp-method": "server/discover" });
}

/** subscriptions/listen: a long-lived POST stream whose first event is the acknowledgement. */
export function listenRequest(url: string): ProbeRequest {
  const body = {
    jsonrpc: "2.0",
    id: 2,
    method: "subscriptions/listen",
    params: {
      _meta: {
        "io.modelcontextprotocol/protocolVersion": MODERN_REVISION,
        "io.modelcontextprotocol/clientCapabilities": {},
      },
      notifications: { toolsListChanged: true },
    },
  };
  return post(url, body, { "mcp-protocol-version": MODERN_REVISION, "mcp-method": "subscriptions/listen" });
}

export function initializeRequest(url: string, revision: string, extra: Record<string, string> = {}): ProbeRequest {
  const body = {
    jsonrpc: "2.0",
    id: 1,
    method: "initialize",
    params: { protocolVersion: revision, capabilities: {}, clientInfo: CLIENT_INFO },
  };
  return post(url, body, extra);
}

function post(url: string, body: unknown, headers: Record<string, string>): ProbeRequest {
  return {
    url,
    method: "POST",
    headers: { "content-type": "application/json", accept: ACCEPT_BOTH, ...headers },
    body: JSON.stringify(body),
    until: (text) => /\n\n|\r\n\r\n/.test(text) && text.includes("data:"),
  };
}

/** Adds the bearer token when the probe has one. */
export function withToken(ctx: ProbeContext, request: ProbeRequest): ProbeRequest {
  if (!ctx.options.token) return request;
  return { ...request, headers: { ...request.headers, authorization: `Bearer ${ctx.options.token}` } };
}

export interface JsonRpcReply {
  result?: Record<string, unknown>;
  error?: { code: number; message: string; data?: unknown };
}

/** The JSON-RPC message in a JSON or SSE answer, or null when the body is neither. */
export function parseReply(response: ProbeResponse): JsonRpcReply | null {
  const type = response.headers["content-type"] ?? "";
  const text = type.includes("text/event-stream")
    ? response.body
        .split(/\r?\n/)
        .filter((line) => line.startsWith("data:"))
        .map((line) => line.slice(5).trim())[0]
    : response.body;
  try {
    const parsed: unknown = JSON.parse(text ?? "");
    return parsed && typeof parsed === "object" ? (parsed as JsonRpcReply) : null;
  } catch {
    return null;
  }
}
