// Latency of the MCP server's diagnose_error tool as an agent sees it (SDK client, Streamable HTTP,
// 2026-07-28), over 100 calls of varied real errors. Usage: tsx scripts/bench-mcp.ts <url of /mcp>
// against a running portal (e.g. `bash scripts/e2e-server.sh 3500`). 100 calls stay within the shared
// search rate limit (120 a minute per IP).
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";

const ERRORS = [
  'Get "https://mcp.internal:8443/mcp": tls: failed to verify certificate: x509: certificate signed by unknown authority',
  'HTTP 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"',
  "Error: invalid_grant: refresh token is expired or revoked",
  "429 Too Many Requests retry-after: 30 rate limit exceeded for tools/call",
  "403 Forbidden: insufficient_scope required scope mcp:tools.write",
  "Error: unable to verify the first certificate\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1674:34)",
  "AADSTS9010010: The resource parameter provided in the request doesn't match with the requested scopes.",
  "permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock",
  "MCP error -32001: Request timed out",
  "dynamic client registration failed: 404 Not Found /register",
];

const url = new URL(process.argv[2] ?? "http://127.0.0.1:3500/mcp");
const client = new Client({ name: "bench", version: "1.0.0" }, { versionNegotiation: { mode: { pin: "2026-07-28" } } });
await client.connect(new StreamableHTTPClientTransport(url));
const times: number[] = [];
for (let i = 0; i < 100; i++) {
  const started = performance.now();
  const result = await client.callTool({ name: "diagnose_error", arguments: { error: ERRORS[i % ERRORS.length]! } });
  times.push(performance.now() - started);
  if (result.isError) throw new Error(`diagnose_error failed: ${JSON.stringify(result.content)}`);
}
await client.close();
const sorted = [...times].sort((a, b) => a - b);
const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!.toFixed(1);
console.log(
  `diagnose_error over ${times.length} calls: p50 ${at(50)} ms, p95 ${at(95)} ms, max ${at(100)} ms (first call ${times[0]!.toFixed(1)} ms)`,
);
