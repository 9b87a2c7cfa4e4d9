import { describe, expect, it } from "vitest";

import { parseEnv } from "@/lib/env";

import { portalNetworkPolicy } from "./portal-policy";

const mode = (env: Record<string, string>) => portalNetworkPolicy(parseEnv(env)).mode;

describe("the portal's probe policy", () => {
  it("lets a portal only this machine reaches probe localhost", () => {
    expect(mode({ PORTAL_LISTEN_HOST: "127.0.0.1" })).toBe("local");
    expect(mode({ PORTAL_LISTEN_HOST: "::1", PUBLIC_URL: "http://localhost:3000" })).toBe("local");
  });

  it("treats a public PUBLIC_URL, or a server listening beyond loopback, as deployed", () => {
    expect(mode({ PORTAL_LISTEN_HOST: "127.0.0.1", PUBLIC_URL: "https://mcp-help.example.org" })).toBe("public-only");
    expect(mode({ PORTAL_LISTEN_HOST: "0.0.0.0" })).toBe("public-only");
    expect(mode({})).toBe("public-only");
  });
});
