import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { useAsAppDatabase } from "@/lib/db/testing/use-as-app-database";
import { parseEnv } from "@/lib/env";
import { rateLimitPolicies } from "@/lib/rate-limit/policies";

import { isSignInEmailRequest, refuseSignInEmailOverLimit } from "./limit-sign-in-email";
import { refuseSignInEmailRequestOverLimit } from "./limit-sign-in-email-request";
import { nextAuthUrl, secureCookies } from "./session-cookie";

const github = { GITHUB_ID: "Iv1.abc", GITHUB_SECRET: "s3cret-value", AUTH_SECRET: "x".repeat(32) };
const email = {
  EMAIL_SERVER: "smtps://u:p@smtp.example.org:465",
  EMAIL_FROM: "portal@example.org",
  AUTH_SECRET: "x".repeat(32),
};

describe("sign-in configuration", () => {
  it("requires an https PUBLIC_URL once a provider is configured, and says why", () => {
    for (const provider of [github, email]) {
      expect(() => parseEnv(provider)).toThrow(
        /PUBLIC_URL must be the portal's https:\/\/ address once GitHub or email/,
      );
      expect(() => parseEnv({ ...provider, PUBLIC_URL: "http://mcp-help.example.org" })).toThrow(/PUBLIC_URL must/);
      expect(parseEnv({ ...provider, PUBLIC_URL: "https://mcp-help.example.org" }).PUBLIC_URL).toBe(
        "https://mcp-help.example.org",
      );
    }
    expect(parseEnv({}).PUBLIC_URL).toBeUndefined();
  });

  it("gives next-auth its URL from PUBLIC_URL, with Secure __Secure- cookies on https", () => {
    const deployed = parseEnv({ ...github, PUBLIC_URL: "https://mcp-help.example.org" });
    expect(nextAuthUrl(deployed)).toBe("https://mcp-help.example.org/api/auth");
    expect(secureCookies(deployed)).toBe(true);
    const local = parseEnv({});
    expect(nextAuthUrl(local)).toBeUndefined();
    expect(secureCookies(local)).toBe(false);
  });
});

describe("sign-in emails per IP", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase("pglite");
    useAsAppDatabase(test);
  });
  afterAll(() => test.close());

  it("knows next-auth's magic-link request from its other endpoints", () => {
    const at = (path: string, method = "POST") => new Request(`http://127.0.0.1:3000${path}`, { method });
    expect(isSignInEmailRequest(at("/api/auth/signin/email"))).toBe(true);
    expect(isSignInEmailRequest(at("/api/auth/signin/github"))).toBe(false);
    expect(isSignInEmailRequest(at("/api/auth/signin/email", "GET"))).toBe(false);
  });

  it("refuses past the per-IP limit, whatever addresses are asked for, with 429, Retry-After and where to go", async () => {
    for (let i = 0; i < rateLimitPolicies.signInEmailIp.limit; i++) {
      expect(await refuseSignInEmailOverLimit(test.db, "203.0.113.30")).toBeNull();
    }
    const refused = await refuseSignInEmailOverLimit(test.db, "203.0.113.30");
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await refused?.json()).toMatchObject({
      url: "/sign-in?error=TooManyEmails",
      error: { code: "RATE_LIMITED", message: expect.stringContaining("sign-in emails from this network") },
    });
    expect(await refuseSignInEmailOverLimit(test.db, "198.51.100.30")).toBeNull();
  });

  it("counts only magic-link requests, keyed on the client's address", async () => {
    const request = (path: string, ip: string) =>
      new Request(`http://127.0.0.1:3000${path}`, { method: "POST", headers: { "x-forwarded-for": ip } });
    for (let i = 0; i < rateLimitPolicies.signInEmailIp.limit + 2; i++) {
      expect(await refuseSignInEmailRequestOverLimit(request("/api/auth/signin/github", "192.0.2.40"))).toBeNull();
    }
    for (let i = 0; i < rateLimitPolicies.signInEmailIp.limit; i++) {
      expect(await refuseSignInEmailRequestOverLimit(request("/api/auth/signin/email", "192.0.2.40"))).toBeNull();
    }
    const refused = await refuseSignInEmailRequestOverLimit(request("/api/auth/signin/email", "192.0.2.40"));
    expect(refused?.status).toBe(429);
    expect(await refuseSignInEmailRequestOverLimit(request("/api/auth/signin/email", "192.0.2.41"))).toBeNull();
  });
});
