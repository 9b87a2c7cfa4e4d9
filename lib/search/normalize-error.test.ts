import { describe, expect, it } from "vitest";

import { normalizeError } from "./normalize-error";

describe("normalizeError", () => {
  it("makes two sightings of the same Entra error identical despite timestamps, ids and hosts", () => {
    const a = normalizeError(
      "2026-11-25T10:00:01.123Z ERROR AADSTS9010010: The resource parameter provided in the request doesn't match with the requested scopes. Trace ID: 7c9e6679-7425-40de-944b-e07fc1f90ae7 Correlation ID: 0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
    );
    const b = normalizeError(
      "[Nov 24 08:12:44] AADSTS9010010: The resource parameter provided in the request doesn't match with the requested scopes. Trace ID: 3f2504e0-4f89-11d3-9a0c-0305e82c3301",
    );
    expect(a).toBe(b);
    expect(a).toContain("aadsts9010010");
  });

  it("drops host, port and scheme but keeps the distinctive URL path", () => {
    expect(
      normalizeError("GET https://mcp.acme.internal:8443/.well-known/oauth-protected-resource/mcp returned 404"),
    ).toBe("get /.well-known/oauth-protected-resource/mcp returned 404");
  });

  it("keeps HTTP statuses and JSON-RPC codes, drops other numbers", () => {
    expect(normalizeError("SSE error: Non-200 status code (401) after 3 retries in 1500 ms")).toBe(
      "sse error non-200 status code 401 after retries in ms",
    );
    expect(normalizeError('{"jsonrpc":"2.0","error":{"code":-32001,"message":"Request timed out"},"id":17}')).toBe(
      "jsonrpc error code -32001 message request timed out id",
    );
  });

  it("removes file paths and stack frames from a Node.js trace", () => {
    const trace = [
      "Error: unable to verify the first certificate",
      "    at TLSSocket.onConnectSecure (node:_tls_wrap:1674:34)",
      "    at /app/node_modules/undici/lib/core/connect.js:70:11",
    ].join("\n");
    expect(normalizeError(trace)).toBe("error unable to verify the first certificate");
  });

  it("removes tokens and request ids, which must never become search terms", () => {
    expect(
      normalizeError("Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln failed, req_8f3kd92ms0"),
    ).toBe("authorization bearer failed");
  });

  it("removes IP addresses, ports and Windows paths", () => {
    expect(normalizeError("connect ECONNREFUSED 127.0.0.1:3000 while reading C:\\Users\\me\\mcp\\config.json")).toBe(
      "connect econnrefused while reading",
    );
  });
});
