import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";

import { createMcpHandler, legacyStatelessFallback, McpServer } from "@modelcontextprotocol/server";

// A test-only MCP server built with the official SDK, with one switch per misconfiguration the probe finds.

export interface FixtureOptions {
  /** false: an open server, no authorization at all. */
  auth?: boolean;
  wwwAuthenticate?: boolean;
  resourceTrailingSlash?: boolean;
  s256?: boolean;
  hostOriginCheck?: boolean;
  cors?: "mcp-headers" | "no-mcp-headers" | "none";
  era?: "both" | "legacy-only";
  /** Serve HTTPS with this key and certificate chain (PEM). */
  tls?: { key: string; cert: string };
  /** Hold event-stream bodies back until they end, as a buffering proxy does. */
  bufferSse?: boolean;
  /** Delay the JWKS answer, so a browser test can watch the checks arrive one by one. */
  slowJwksMs?: number;
  /** The protected resource metadata answers with a redirect to this URL (for the SSRF tests). */
  metadataRedirect?: string;
}

export interface Fixture {
  url: string;
  origin: string;
  hits: string[];
  mintToken: (claims?: Record<string, unknown>) => string;
  close: () => Promise<void>;
}

export const FIXTURE_ALLOWED_ORIGIN = "https://app.example";

function mcpFactory() {
  const server = new McpServer({ name: "probe-fixture", version: "1.0.0" });
  server.registerTool("echo", { description: "Echoes" }, async () => ({ content: [{ type: "text", text: "hi" }] }));
  return server;
}

export async function startFixture(options: FixtureOptions = {}): Promise<Fixture> {
  const o = {
    auth: true,
    wwwAuthenticate: true,
    s256: true,
    hostOriginCheck: true,
    cors: "mcp-headers",
    era: "both",
    ...options,
  };
  const modern = createMcpHandler(mcpFactory, { legacy: "stateless" });
  const handler = o.era === "legacy-only" ? legacyStatelessFallback(mcpFactory) : modern.fetch;
  const tokens = new Set<string>();
  const hits: string[] = [];
  let origin = "";

  const listener = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    hits.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? "/", origin);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...cors(req, o.cors), ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.method === "OPTIONS") return send(204, {});
    const resource = `${origin}/mcp${o.resourceTrailingSlash ? "/" : ""}`;
    const issuer = `${origin}/as`;
    if (url.pathname === "/.well-known/oauth-protected-resource/mcp" && o.metadataRedirect)
      return send(307, {}, { location: o.metadataRedirect });
    if (url.pathname === "/.well-known/oauth-protected-resource/mcp" && o.auth)
      return send(200, { resource, authorization_servers: [issuer], scopes_supported: ["mcp:tools"] });
    if (url.pathname === "/.well-known/oauth-authorization-server/as" && o.auth)
      return send(200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        registration_endpoint: `${issuer}/register`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ["code"],
        code_challenge_methods_supported: o.s256 ? ["S256"] : ["plain"],
      });
    if (url.pathname === "/as/jwks" && o.slowJwksMs) await new Promise((r) => setTimeout(r, o.slowJwksMs));
    if (url.pathname === "/as/jwks")
      return send(200, { keys: [{ kty: "EC", crv: "P-256", kid: "k1", x: "AA", y: "AA" }] });
    if (url.pathname !== "/mcp") return send(404, { error: "not found" });
    if (o.hostOriginCheck && !allowedHostAndOrigin(req, origin))
      return send(403, { error: "forbidden host or origin" });
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (o.auth && !(token && tokens.has(token))) {
      const challenge = `Bearer resource_metadata="${origin}/.well-known/oauth-protected-resource/mcp"`;
      return send(401, { error: "unauthorized" }, o.wwwAuthenticate ? { "www-authenticate": challenge } : {});
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = ["GET", "HEAD"].includes(req.method ?? "GET") ? undefined : Buffer.concat(chunks);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const response = await handler(new Request(url, { method: req.method, headers, body }));
    res.writeHead(response.status, { ...Object.fromEntries(response.headers), ...cors(req, o.cors) });
    if (!response.body) return res.end();
    const stream = Readable.fromWeb(response.body as import("node:stream/web").ReadableStream);
    if (!(o.bufferSse && response.headers.get("content-type")?.includes("text/event-stream"))) return stream.pipe(res);
    res.flushHeaders();
    const held: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => held.push(chunk));
    stream.on("end", () => res.end(Buffer.concat(held)));
  };

  const server = o.tls
    ? https.createServer({ key: o.tls.key, cert: o.tls.cert }, listener)
    : http.createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  origin = `${o.tls ? "https" : "http"}://127.0.0.1:${port}`;
  return {
    url: `${origin}/mcp`,
    origin,
    hits,
    mintToken(claims = {}) {
      const now = Math.floor(Date.now() / 1000);
      const payload = { iss: `${origin}/as`, aud: `${origin}/mcp`, iat: now, exp: now + 3600, ...claims };
      const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
      const token = `${part({ alg: "ES256", typ: "at+jwt" })}.${part(payload)}.c2lnbmF0dXJl`;
      tokens.add(token);
      return token;
    },
    close: async () => {
      await modern.close?.();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function allowedHostAndOrigin(req: http.IncomingMessage, origin: string): boolean {
  const host = req.headers.host ?? "";
  const requestOrigin = req.headers.origin;
  return host === new URL(origin).host && (!requestOrigin || requestOrigin === FIXTURE_ALLOWED_ORIGIN);
}

function cors(req: http.IncomingMessage, mode: string): Record<string, string> {
  if (mode === "none" || req.headers.origin !== FIXTURE_ALLOWED_ORIGIN) return {};
  const allowHeaders =
    mode === "mcp-headers" ? "authorization, content-type, mcp-protocol-version, mcp-method, mcp-name" : "content-type";
  return {
    "access-control-allow-origin": FIXTURE_ALLOWED_ORIGIN,
    "access-control-allow-methods": "POST, GET, OPTIONS",
    "access-control-allow-headers": allowHeaders,
    "access-control-expose-headers": "www-authenticate, mcp-session-id",
    vary: "origin",
  };
}
