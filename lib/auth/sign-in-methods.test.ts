import { describe, expect, it } from "vitest";

import { parseEnv } from "@/lib/env";

import { signInMethods } from "./sign-in-methods";

describe("signInMethods", () => {
  it("offers the development sign-in on a local portal with no provider", () => {
    expect(signInMethods("localhost:3000", parseEnv({})).development).toBe(true);
    expect(signInMethods("127.0.0.1:3100", parseEnv({ PUBLIC_URL: "http://localhost:3000" })).development).toBe(true);
    expect(signInMethods("[::1]:3000", parseEnv({})).development).toBe(true);
  });

  it("never offers it once deployed, addressed by another name, or with a real provider", () => {
    expect(signInMethods("localhost:3000", parseEnv({ PUBLIC_URL: "https://mcp-help.example.org" })).development).toBe(
      false,
    );
    expect(signInMethods("portal.internal:3000", parseEnv({})).development).toBe(false);
    expect(signInMethods("localhost.evil.example", parseEnv({})).development).toBe(false);
    expect(signInMethods(null, parseEnv({})).development).toBe(false);
    const github = parseEnv({ GITHUB_ID: "Iv1.a", GITHUB_SECRET: "b", AUTH_SECRET: "x".repeat(32) });
    expect(signInMethods("localhost:3000", github)).toEqual({ github: true, email: false, development: false });
  });
});
