import { describe, expect, it } from "vitest";

import { parseEnv } from "@/lib/env";

import { clientIp, UNTRUSTED_CLIENT } from "./client-ip";

const forwardedFor = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientIp", () => {
  it("takes the entry the outermost trusted proxy appended, never what the client wrote before it", () => {
    const oneProxy = parseEnv({ TRUSTED_PROXY_HOPS: "1", PORTAL_LISTEN_HOST: "0.0.0.0" });
    expect(clientIp(forwardedFor("203.0.113.5"), oneProxy)).toBe("203.0.113.5");
    expect(clientIp(forwardedFor("1.1.1.1, 6.6.6.6, 203.0.113.5"), oneProxy)).toBe("203.0.113.5");
    const cdnAndNginx = parseEnv({ TRUSTED_PROXY_HOPS: "2" });
    expect(clientIp(forwardedFor("6.6.6.6, 203.0.113.5, 10.0.0.2"), cdnAndNginx)).toBe("203.0.113.5");
    expect(clientIp(forwardedFor("203.0.113.5"), cdnAndNginx)).toBe("203.0.113.5");
  });

  it("with no trusted proxy, believes the header only on a loopback listener (Next.js fills it there)", () => {
    const quickStart = parseEnv({ PORTAL_LISTEN_HOST: "127.0.0.1" });
    expect(clientIp(forwardedFor("127.0.0.1"), quickStart)).toBe("127.0.0.1");
    expect(clientIp(forwardedFor(), quickStart)).toBe("unknown");
  });

  it("with no trusted proxy on an open listener, puts every client in one count: a header cannot pick one", () => {
    for (const listen of [undefined, "0.0.0.0"]) {
      const exposed = parseEnv({ PORTAL_LISTEN_HOST: listen });
      expect(clientIp(forwardedFor("198.51.100.7"), exposed)).toBe(UNTRUSTED_CLIENT);
      expect(clientIp(forwardedFor("203.0.113.99"), exposed)).toBe(UNTRUSTED_CLIENT);
    }
  });

  it("refuses a TRUSTED_PROXY_HOPS that is not a small whole number, naming it", () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    for (const value of ["-1", "two", "1.5", "11"]) {
      expect(() => parseEnv({ TRUSTED_PROXY_HOPS: value })).toThrow(/TRUSTED_PROXY_HOPS must be a whole number/);
    }
  });
});
