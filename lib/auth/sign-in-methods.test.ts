import { afterEach, describe, expect, it, vi } from "vitest";

import { parseEnv } from "@/lib/env";

import { isLoopbackAddress } from "@/lib/security/loopback";

import { developmentSignInAllowed, signInMethods } from "./sign-in-methods";

const onLoopback = { PORTAL_LISTEN_HOST: "127.0.0.1" };

describe("signInMethods", () => {
  it("offers the development sign-in on a local portal that listens on loopback with no provider", () => {
    expect(signInMethods("localhost:3000", parseEnv(onLoopback)).development).toBe(true);
    expect(
      signInMethods("127.0.0.1:3100", parseEnv({ ...onLoopback, PUBLIC_URL: "http://localhost:3000" })).development,
    ).toBe(true);
    expect(signInMethods("[::1]:3000", parseEnv({ PORTAL_LISTEN_HOST: "::1" })).development).toBe(true);
  });

  it("never offers it when the server listens beyond loopback, whatever Host the request names", () => {
    for (const listen of [undefined, "0.0.0.0", "::", "[::]", "192.168.1.20", "portal.internal"]) {
      const env = parseEnv({ PORTAL_LISTEN_HOST: listen });
      expect(signInMethods("localhost:3000", env).development, `listening on ${listen}`).toBe(false);
      expect(signInMethods("127.0.0.1", env).development, `listening on ${listen}`).toBe(false);
      expect(developmentSignInAllowed(env), `listening on ${listen}`).toBe(false);
    }
  });

  it("never offers it once deployed, addressed by another name, or with a real provider", () => {
    expect(
      signInMethods("localhost:3000", parseEnv({ ...onLoopback, PUBLIC_URL: "https://mcp-help.example.org" }))
        .development,
    ).toBe(false);
    expect(signInMethods("portal.internal:3000", parseEnv(onLoopback)).development).toBe(false);
    expect(signInMethods("localhost.evil.example", parseEnv(onLoopback)).development).toBe(false);
    expect(signInMethods(null, parseEnv(onLoopback)).development).toBe(false);
    const github = parseEnv({
      ...onLoopback,
      GITHUB_ID: "Iv1.a",
      GITHUB_SECRET: "b",
      AUTH_SECRET: "x".repeat(32),
      PUBLIC_URL: "https://mcp-help.example.org",
    });
    expect(signInMethods("localhost:3000", github)).toEqual({ github: true, email: false, development: false });
    expect(developmentSignInAllowed(github)).toBe(false);
  });

  it("knows loopback addresses from every other kind", () => {
    expect(["localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]"].every(isLoopbackAddress)).toBe(true);
    expect(["0.0.0.0", "::", "10.0.0.1", "127.0.0.1.evil.example", "localhost.evil", ""].some(isLoopbackAddress)).toBe(
      false,
    );
  });
});

describe("the development sign-in mutation", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("refuses by itself on a server listening on every interface, even when called directly", async () => {
    vi.stubEnv("PORTAL_LISTEN_HOST", "0.0.0.0");
    vi.resetModules();
    const { devSignIn } = await import("./mutations");
    expect(devSignIn.allow(null)).toBe(false);
  });

  it("refuses by itself once a provider is configured", async () => {
    vi.stubEnv("GITHUB_ID", "Iv1.a");
    vi.stubEnv("GITHUB_SECRET", "secret");
    vi.stubEnv("AUTH_SECRET", "x".repeat(32));
    vi.stubEnv("PUBLIC_URL", "https://mcp-help.example.org");
    vi.resetModules();
    const { devSignIn } = await import("./mutations");
    expect(devSignIn.allow(null)).toBe(false);
  });

  it("is allowed on the quick start's loopback listener", async () => {
    vi.resetModules();
    const { devSignIn } = await import("./mutations");
    expect(devSignIn.allow(null)).toBe(true);
  });
});
