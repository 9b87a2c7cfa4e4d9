import { afterEach, describe, expect, it } from "vitest";

import { FIXTURE_ALLOWED_ORIGIN, startFixture, type Fixture, type FixtureOptions } from "./testing/fixture-server";
import { probeFixture } from "./testing/probe-fixture";

// Fixture MCP servers built with the official SDK on 127.0.0.1: one correct, one per misconfiguration.
// Each test asserts the finding and the runbook step it links to.

const open: Fixture[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((f) => f.close()));
});

async function fixture(options: FixtureOptions = {}) {
  const f = await startFixture(options);
  open.push(f);
  return f;
}

async function probeWithToken(options: FixtureOptions) {
  const f = await fixture(options);
  return probeFixture(f, { token: f.mintToken(), origin: FIXTURE_ALLOWED_ORIGIN });
}

describe("probing fixture MCP servers", () => {
  it("finds nothing wrong with a correctly configured server, with or without a token", async () => {
    const f = await fixture();
    expect((await probeFixture(f)).problems).toEqual([]);
    const withToken = await probeFixture(f, { token: f.mintToken(), origin: FIXTURE_ALLOWED_ORIGIN });
    expect(withToken.problems).toEqual([]);
    expect(withToken.byId["protocol-discover"]?.status).toBe("pass");
    expect(withToken.byId["token-audience"]?.status).toBe("pass");
  });

  it("fails a 401 without WWW-Authenticate and links to fixing the challenge", async () => {
    const { byId } = await probeFixture(await fixture({ wwwAuthenticate: false }));
    expect(byId["auth-challenge"]).toMatchObject({
      status: "fail",
      step: "ai-agent-authentication-failures/fix-401-challenge",
    });
    expect(byId["auth-challenge"]?.summary).toMatch(/401 without WWW-Authenticate/);
  });

  it("fails metadata whose resource is off by a trailing slash", async () => {
    const { byId } = await probeFixture(await fixture({ resourceTrailingSlash: true }));
    expect(byId["resource-metadata"]).toMatchObject({
      status: "fail",
      step: "ai-agent-authentication-failures/fix-prm-resource",
    });
    expect(byId["resource-metadata"]?.summary).toMatch(/trailing slash/);
  });

  it("fails an authorization server without S256", async () => {
    const { byId } = await probeFixture(await fixture({ s256: false }));
    expect(byId["pkce-s256"]).toMatchObject({
      status: "fail",
      step: "ai-agent-authentication-failures/fix-as-metadata",
    });
    expect(byId["pkce-s256"]?.summary).toMatch(/without S256/);
  });

  it("fails a server that serves a foreign Host and Origin", async () => {
    const { byId } = await probeWithToken({ hostOriginCheck: false });
    expect(byId["dns-rebinding"]).toMatchObject({
      status: "fail",
      step: "network-security-issues/fix-origin-host-validation",
    });
  });

  it("fails CORS that does not allow the MCP headers", async () => {
    const { byId } = await probeWithToken({ cors: "no-mcp-headers" });
    expect(byId["cors-preflight"]).toMatchObject({ status: "fail", step: "security-configuration-errors/fix-cors" });
    expect(byId["cors-preflight"]?.summary).toMatch(/authorization, mcp-protocol-version, mcp-method, mcp-name/);
  });

  it("warns about a server that only speaks the 2025 revisions", async () => {
    const { byId } = await probeFixture(await fixture({ era: "legacy-only", auth: false }));
    expect(byId["protocol-discover"]).toMatchObject({
      status: "warn",
      step: "network-security-issues/which-protocol-revision",
    });
    expect(byId["protocol-initialize"]?.summary).toMatch(/2025-11-25/);
    expect(byId["protocol-version-header"]?.status).toBe("pass");
  });

  it("fails an event stream held back by a buffering proxy", async () => {
    const { byId } = await probeWithToken({ bufferSse: true });
    expect(byId["sse-first-event"]).toMatchObject({
      status: "fail",
      step: "encryption-performance-issues/fix-sse-proxy-buffering",
    });
    expect(byId["sse-first-event"]?.summary).toMatch(/no event arrived within 3 s/);
  });

  it("redacts the token from every piece of evidence", async () => {
    const f = await fixture({ hostOriginCheck: false });
    const token = f.mintToken();
    const { byId } = await probeFixture(f, { token });
    expect(JSON.stringify(byId)).not.toContain(token.split(".")[1]);
  });
});
