// What revision 2026-07-28 changed, for troubleshooters: each change, what a person sees when one side has not
// caught up, and the runbook step that handles it. Sources are the revision's changelog and pages.

export interface RevisionChange {
  change: string;
  /** The error or symptom, in the words people see. */
  symptom: string;
  /** `<runbook>/<node>`; checked against the published runbooks by a test. */
  step: string;
  source: string;
}

const SPEC = "https://modelcontextprotocol.io/specification/2026-07-28";

export const CHANGES_2026_07_28: RevisionChange[] = [
  {
    change:
      "No `initialize` handshake: every request carries its version and capabilities in `_meta`; servers MUST implement `server/discover`.",
    symptom:
      "`-32022 Unsupported protocol version`, `connection is serving the 2026-07-28 protocol; the initialize handshake is not accepted`, `Bad Request: Server not initialized`, `-32601` for `initialize` or `server/discover`.",
    step: "network-security-issues/which-protocol-revision",
    source: `${SPEC}/basic/versioning`,
  },
  {
    change: "No protocol sessions: `Mcp-Session-Id` and `DELETE` are gone; any replica can serve any request.",
    symptom:
      "A 2026-07-28 server ignores `Mcp-Session-Id` and answers `DELETE` with `405`; 2025-11-25 servers behind a load balancer still fail with `Session not found` / `No valid session ID`.",
    step: "network-security-issues/fix-stateful-server-replicas",
    source: `${SPEC}/changelog`,
  },
  {
    change: "The `GET` stream and `resources/subscribe` are replaced by a long-lived `subscriptions/listen` POST.",
    symptom:
      "`405 Method Not Allowed` on `GET /mcp`; notifications stop arriving after a proxy timeout on the listen stream.",
    step: "network-security-issues/measure-stream-behaviour",
    source: `${SPEC}/basic/patterns/subscriptions`,
  },
  {
    change:
      "No SSE resumption: `Last-Event-ID` and event IDs are removed; a broken stream loses the request in flight.",
    symptom: "Tool calls fail when a proxy buffers or cuts the response stream, where they used to resume.",
    step: "encryption-performance-issues/fix-sse-proxy-buffering",
    source: `${SPEC}/basic/transports/streamable-http`,
  },
  {
    change:
      "Required request headers `Mcp-Method`, `Mcp-Name` and `Mcp-Param-*` mirror the body; servers reject a mismatch.",
    symptom:
      "`400` with `-32020` `Header mismatch: Mcp-Name header value 'foo' does not match body value 'bar'`, or a WAF/gateway block page; browser clients fail the CORS preflight.",
    step: "network-security-issues/fix-mcp-request-headers",
    source: `${SPEC}/basic/transports/streamable-http#server-validation`,
  },
  {
    change: "`ping` and `logging/setLevel` are removed; the log level travels per request in `_meta`.",
    symptom:
      "Health checks and latency probes that send `ping` get `404` / `-32601`; no `notifications/message` without a per-request log level.",
    step: "security-control-bottlenecks/measure-auth-overhead",
    source: `${SPEC}/changelog`,
  },
  {
    change: "Authorization responses carry `iss` (RFC 9207, SEP-2468) and clients compare it with the recorded issuer.",
    symptom:
      "`Issuer mismatch in authorization response (RFC 9207)`, `Incompatible authorization server … (RFC 8414 §3.3)`, `unexpected iss (issuer) response parameter value`.",
    step: "ai-agent-authentication-failures/fix-issuer-mismatch",
    source: `${SPEC}/basic/authorization`,
  },
  {
    change:
      "Client credentials are bound to the issuer (SEP-2352): clients re-register when the authorization server changes.",
    symptom:
      "A client refuses stored or pre-registered credentials after the authorization server moved, or registers again unexpectedly.",
    step: "ai-agent-authentication-failures/fix-client-ignores-preregistered-id",
    source: `${SPEC}/basic/authorization/client-registration#authorization-server-binding`,
  },
  {
    change:
      "Dynamic Client Registration is deprecated in favour of Client ID Metadata Documents; DCR requests MUST carry `application_type`.",
    symptom:
      "`invalid_redirect_uri` for a loopback redirect (OIDC defaults to `web`), `invalid_client` after registration, `Client must not use multiple authentication methods`.",
    step: "ai-agent-authentication-failures/fix-dcr-public-client",
    source: `${SPEC}/basic/authorization/client-registration`,
  },
  {
    change: "Servers SHOULD NOT put `offline_access` in protected resource metadata or the 401 challenge (SEP-2207).",
    symptom:
      "No refresh token issued, or a client asks every resource for `offline_access` because a server advertised it.",
    step: "token-expiration-issues/fix-request-refresh-token",
    source: `${SPEC}/basic/authorization#refresh-tokens`,
  },
  {
    change:
      "Scope accumulation on step-up moves to the client (SEP-2350): it re-authorizes with the union of old and challenged scopes.",
    symptom: "Consent loops, or a stepped-up token that lost earlier scopes.",
    step: "permission-denied-errors/fix-emit-scope-challenge",
    source: `${SPEC}/basic/authorization#scope-challenge-handling`,
  },
  {
    change:
      "Roots, Sampling and Logging are deprecated (SEP-2577); server-to-client requests become Multi Round-Trip Requests.",
    symptom: "Features keep working during the deprecation window; new SDK releases warn about them.",
    step: "monitoring-overhead/fix-log-metadata-not-bodies",
    source: `${SPEC}/deprecated`,
  },
];
