import { describe, expect, it } from "vitest";

import { parseEnv } from "@/lib/env";

import { clientIp, ipv6Network, UNTRUSTED_CLIENT } from "./client-ip";

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

  it("counts an IPv6 client by its /64, so one network cannot take a new budget with each of its addresses", () => {
    const oneProxy = parseEnv({ TRUSTED_PROXY_HOPS: "1", PORTAL_LISTEN_HOST: "0.0.0.0" });
    const first = clientIp(forwardedFor("2001:db8:1:2::a"), oneProxy);
    expect(first).toBe("2001:db8:1:2::/64");
    expect(clientIp(forwardedFor("2001:0db8:0001:0002:ffff:1:2:3"), oneProxy)).toBe(first);
    expect(clientIp(forwardedFor("2001:db8:1:3::a"), oneProxy)).not.toBe(first);
  });
});

describe("ipv6Network", () => {
  it("finds the /64 however the address is written", () => {
    expect(ipv6Network("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(ipv6Network("[2001:DB8:0:0:1::1]")).toBe("2001:db8:0:0::/64");
    expect(ipv6Network("[2001:db8:0:0:1::1]:443")).toBe("2001:db8:0:0::/64");
    expect(ipv6Network("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(ipv6Network("2001:db8:a:b:c:d:192.0.2.1")).toBe("2001:db8:a:b::/64");
    expect(ipv6Network("::1")).toBe("0:0:0:0::/64");
    // "::" standing for zeros inside the first 64 bits (RFC 5952's canonical form of 2001:0:0:5:a:b:c:d).
    expect(ipv6Network("2001::5:a:b:c:d")).toBe("2001:0:0:5::/64");
    expect(ipv6Network("::2:3:4:5:6:7:8")).toBe("0:2:3:4::/64");
    expect(ipv6Network("2001:0:0:5::1")).toBe(ipv6Network("2001::5:a:b:c:d"));
  });

  it("reads IPv4 in every form a proxy writes it, and leaves what it cannot read unchanged", () => {
    expect(ipv6Network("203.0.113.5")).toBe("203.0.113.5");
    expect(ipv6Network("203.0.113.5:51234")).toBe("203.0.113.5");
    for (const mapped of ["::ffff:203.0.113.5", "0:0:0:0:0:ffff:203.0.113.5", "::FFFF:cb00:7105"]) {
      expect(ipv6Network(mapped)).toBe("203.0.113.5");
    }
    // Behind a NAT64 gateway each IPv4 client keeps its own budget instead of sharing the prefix's /64.
    expect(ipv6Network("64:ff9b::203.0.113.5")).toBe("203.0.113.5");
    expect(ipv6Network("64:ff9b::cb00:7106")).toBe("203.0.113.6");
    expect(ipv6Network("64:ff9b:1::cb00:7106")).toBe("64:ff9b:1:0::/64");
    for (const junk of [
      "unknown",
      "not:an:address",
      "2001:db8:1:2:anything",
      "2001:db8:1::2::3",
      "1:2:3:4:5:6:7:8:9",
    ]) {
      expect(ipv6Network(junk)).toBe(junk);
    }
  });
});
