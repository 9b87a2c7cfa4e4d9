import type { CheckGroup } from "./schemas";

/**
 * The probe's checks as data: what each sends, what a healthy server answers, and the runbook step
 * (<category>/<node id>) that fixes a warning or failure. The order is the order they run and are shown.
 * `catalog.test.ts` fails on a step that does not exist, like the error signals' validator.
 */
export interface CheckDefinition {
  id: string;
  title: string;
  group: CheckGroup;
  sends: string;
  expects: string;
  step: string;
  /** Runs only when a bearer token is given. */
  needsToken?: boolean;
}

const NETWORK = "network-security-issues";
const AUTH = "ai-agent-authentication-failures";
const CONFIG = "security-configuration-errors";

export const PROBE_CHECKS = [
  {
    id: "dns",
    title: "DNS resolves the host",
    group: "transport",
    sends: "A DNS lookup of the URL's host name (A and AAAA).",
    expects: "At least one address.",
    step: `${NETWORK}/what-network-symptom`,
  },
  {
    id: "connect",
    title: "TCP connection opens",
    group: "transport",
    sends: "A TCP connection to the first address, on the URL's port.",
    expects: "The connection is accepted within 5 seconds.",
    step: `${NETWORK}/check-listen-address`,
  },
  {
    id: "tls-version",
    title: "TLS 1.2 or later",
    group: "transport",
    sends: "A TLS handshake with SNI set to the host name.",
    expects: "TLSv1.2 or TLSv1.3 negotiated; plain http:// only on loopback.",
    step: `${NETWORK}/inspect-tls-chain`,
  },
  {
    id: "tls-chain",
    title: "Full certificate chain sent",
    group: "transport",
    sends: "The same handshake, verifying the chain against the trust store (plus --ca).",
    expects: "The chain verifies; the server sends its intermediates.",
    step: `${NETWORK}/fix-server-certificate`,
  },
  {
    id: "tls-expiry",
    title: "Certificate valid and not about to expire",
    group: "transport",
    sends: "Nothing more: reads notBefore/notAfter of the leaf certificate.",
    expects: "Valid now and for at least 14 more days.",
    step: `${NETWORK}/fix-server-certificate`,
  },
  {
    id: "tls-hostname",
    title: "Certificate matches the host name",
    group: "transport",
    sends: "Nothing more: checks the leaf's subjectAltName against the host.",
    expects: "The host name (or IP) is in subjectAltName.",
    step: `${NETWORK}/fix-server-certificate`,
  },
  {
    id: "https-redirect",
    title: "HTTP redirects to HTTPS",
    group: "transport",
    sends: "POST to the http:// form of the URL.",
    expects: "308 (or 301) to the https:// URL, or no listener on port 80; never the MCP endpoint in clear text.",
    step: `${CONFIG}/fix-canonical-uri`,
  },
  {
    id: "protocol-discover",
    title: "server/discover (2026-07-28)",
    group: "protocol",
    sends: "POST server/discover with MCP-Protocol-Version: 2026-07-28, Mcp-Method and the _meta envelope.",
    expects: "200 with supportedVersions, or 401 when authorization is required first.",
    step: `${NETWORK}/which-protocol-revision`,
  },
  {
    id: "protocol-initialize",
    title: "initialize with earlier revisions",
    group: "protocol",
    sends: "POST initialize with protocolVersion 2025-11-25, 2025-06-18 and 2025-03-26.",
    expects: "The server answers with a revision it speaks, so 2025-era clients connect.",
    step: `${NETWORK}/which-protocol-revision`,
  },
  {
    id: "protocol-legacy-sse",
    title: "Legacy HTTP+SSE endpoint",
    group: "protocol",
    sends: "GET with Accept: text/event-stream (the 2024-11-05 transport).",
    expects: "Either an endpoint event (legacy transport still served) or 405; informational.",
    step: `${NETWORK}/which-protocol-revision`,
  },
  {
    id: "protocol-version-header",
    title: "MCP-Protocol-Version is enforced",
    group: "protocol",
    sends: "The discover or initialize request with a MCP-Protocol-Version that disagrees with the body.",
    expects: "400 (-32020 for 2026-07-28 servers) rather than silently serving the request.",
    step: `${NETWORK}/which-protocol-revision`,
  },
  {
    id: "accept-handling",
    title: "Accept header handling",
    group: "protocol",
    sends: "POST with Accept: text/html, then check the content type of a normal answer.",
    expects: "A 4xx for the unusable Accept; application/json or text/event-stream otherwise.",
    step: `${CONFIG}/what-breaks`,
  },
  {
    id: "sse-first-event",
    title: "Event stream is not buffered",
    group: "protocol",
    sends: "POST subscriptions/listen (2026-07-28), which opens an event stream, and times the first event.",
    expects: "The acknowledgement event within a second; a stream that opens but stays silent is being buffered.",
    step: "encryption-performance-issues/fix-sse-proxy-buffering",
  },
  {
    id: "auth-challenge",
    title: "401 challenge with resource_metadata",
    group: "authorization",
    sends: "The MCP request without a token.",
    expects: '401 with WWW-Authenticate: Bearer resource_metadata="…" (or an open server, reported as such).',
    step: `${AUTH}/fix-401-challenge`,
  },
  {
    id: "resource-metadata",
    title: "Protected resource metadata (RFC 9728)",
    group: "authorization",
    sends:
      "GET resource_metadata, else /.well-known/oauth-protected-resource with the path inserted, then at the root.",
    expects: "JSON whose resource equals the URL exactly (path and trailing slash) and lists authorization_servers.",
    step: `${AUTH}/fix-prm-resource`,
  },
  {
    id: "as-metadata",
    title: "Authorization server metadata (RFC 8414 / OIDC)",
    group: "authorization",
    sends: "GET oauth-authorization-server then openid-configuration, in the order the specification gives.",
    expects: "JSON whose issuer equals the authorization server URL, with authorization and token endpoints.",
    step: `${AUTH}/fix-as-metadata`,
  },
  {
    id: "pkce-s256",
    title: "PKCE S256 advertised",
    group: "authorization",
    sends: "Nothing more: reads code_challenge_methods_supported.",
    expects: "S256 listed (MCP clients refuse to proceed without it).",
    step: `${AUTH}/fix-as-metadata`,
  },
  {
    id: "client-registration",
    title: "Client registration path",
    group: "authorization",
    sends: "Nothing more: reads client_id_metadata_document_supported and registration_endpoint.",
    expects: "Client ID Metadata Documents or dynamic registration; otherwise clients need a pre-registered ID.",
    step: `${AUTH}/fix-client-registration`,
  },
  {
    id: "jwks",
    title: "JWKS reachable",
    group: "authorization",
    sends: "GET jwks_uri.",
    expects: "200 JSON with at least one key.",
    step: `${AUTH}/fix-token-validator`,
  },
  {
    id: "token-accepted",
    title: "The token is accepted",
    group: "token",
    sends: "The MCP request with Authorization: Bearer <token>.",
    expects: 'Not 401 or 403; a 403 carries error="insufficient_scope" and scope.',
    step: `${AUTH}/inspect-access-token`,
    needsToken: true,
  },
  {
    id: "token-audience",
    title: "Token audience is this server",
    group: "token",
    sends: "Nothing: decodes the JWT (no signature check).",
    expects: "aud contains the resource URL (RFC 8707).",
    step: `${AUTH}/fix-resource-and-audience`,
    needsToken: true,
  },
  {
    id: "token-issuer",
    title: "Token issuer is the authorization server",
    group: "token",
    sends: "Nothing: compares iss with the authorization server metadata.",
    expects: "iss equals the metadata's issuer exactly.",
    step: `${CONFIG}/fix-issuer-config`,
    needsToken: true,
  },
  {
    id: "token-lifetime",
    title: "Token times against the server's clock",
    group: "token",
    sends: "Nothing: compares exp, nbf and iat with the server's Date header.",
    expects: "Not expired, already valid, issued in the past (60 s leeway).",
    step: "token-expiration-issues/check-clock-skew",
    needsToken: true,
  },
  {
    id: "cors-preflight",
    title: "CORS preflight allows the MCP headers",
    group: "browser",
    sends:
      "OPTIONS with Origin and Access-Control-Request-Headers: authorization, content-type, mcp-protocol-version, mcp-method, mcp-name.",
    expects: "2xx before authentication, the origin allowed and every requested header listed.",
    step: `${CONFIG}/fix-cors`,
  },
  {
    id: "cors-expose-headers",
    title: "CORS exposes WWW-Authenticate",
    group: "browser",
    sends: "The MCP request with an Origin header.",
    expects: "Access-Control-Expose-Headers lists WWW-Authenticate (and Mcp-Session-Id for 2025 servers).",
    step: `${CONFIG}/fix-cors`,
  },
  {
    id: "dns-rebinding",
    title: "Foreign Host and Origin refused",
    group: "browser",
    sends: "The MCP request with Host: rebind.invalid, then with Origin: http://rebind.invalid.",
    expects: "Both refused (403, 400 or 421) before any MCP processing.",
    step: `${NETWORK}/fix-origin-host-validation`,
  },
  {
    id: "rate-limit-headers",
    title: "Rate-limit answers are explained",
    group: "limits",
    sends: "Nothing: reads every answer the probe received (it never floods).",
    expects: "Any 429 carries Retry-After or RateLimit-* headers.",
    step: "rate-limiting-problems/inspect-429-response",
  },
] as const satisfies readonly CheckDefinition[];

export type CheckId = (typeof PROBE_CHECKS)[number]["id"];
