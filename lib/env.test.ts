import { describe, expect, it } from "vitest";

import { ConfigError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("runs with no variables at all: embedded database in ./data/pglite", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe("./data/pglite");
    expect(env.NODE_ENV).toBe("development");
  });

  it("treats an empty variable as unset, as a blank line in a .env file would", () => {
    expect(parseEnv({ DATABASE_URL: "", PGLITE_DIR: "" }).PGLITE_DIR).toBe("./data/pglite");
  });

  it("accepts postgres:// and postgresql:// URLs", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u:p@db:5432/portal" }).DATABASE_URL).toContain("db:5432");
    expect(parseEnv({ DATABASE_URL: "postgresql://db/portal" }).DATABASE_URL).toBe("postgresql://db/portal");
  });

  it("rejects a wrong variable with one line that names it and never echoes its value", () => {
    const attempt = () => parseEnv({ DATABASE_URL: "mysql://root:hunter2@db/portal" });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow("Invalid configuration: DATABASE_URL must be a postgresql:// connection URL.");
    try {
      attempt();
    } catch (error) {
      expect(String(error)).not.toContain("hunter2");
      expect(String(error)).not.toContain("\n");
    }
  });

  it("lists every bad variable at once", () => {
    expect(() => parseEnv({ NODE_ENV: "staging", COMMUNITY_DISCUSSION_URL: "http://example.org" })).toThrow(
      /NODE_ENV .*; COMMUNITY_DISCUSSION_URL must be an https:\/\/ URL/,
    );
  });

  it("asks for sign-in settings in pairs, and for a shared secret once a real provider is configured", () => {
    expect(() => parseEnv({ GITHUB_ID: "Iv1.abc" })).toThrow("GITHUB_ID and GITHUB_SECRET must be set together");
    expect(() => parseEnv({ GITHUB_ID: "Iv1.abc", GITHUB_SECRET: "s3cret-value" })).toThrow(
      /AUTH_SECRET is required once GitHub or email sign-in is configured/,
    );
    expect(() => parseEnv({ EMAIL_SERVER: "smtp://mail:25", EMAIL_FROM: "not-an-address" })).toThrow(
      "EMAIL_FROM must be an email address",
    );
    const env = parseEnv({
      GITHUB_ID: "Iv1.abc",
      GITHUB_SECRET: "s3cret-value",
      AUTH_SECRET: "x".repeat(32),
      PUBLIC_URL: "https://mcp-help.example.org",
    });
    expect(env.GITHUB_ID).toBe("Iv1.abc");
  });
});
