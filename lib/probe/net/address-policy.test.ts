import { describe, expect, it } from "vitest";

import { refusalReason } from "./address-policy";
import { resolveChecked, type Resolver } from "./network-policy";

const deployed = { mode: "public-only" } as const;
const hostOf = (url: string) => new URL(url).hostname;

describe("the deployed portal's address policy", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["169.254.1.1", "link-local"],
    ["169.254.169.254", "metadata"],
    ["100.100.100.200", "metadata"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fc00::1", "private"],
    ["fd00:ec2::254", "metadata"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:a9fe:a9fe", "metadata"],
    ["64:ff9b::a00:1", "private"],
    ["2002:c0a8:101::1", "private"],
  ])("refuses %s (%s)", (address, kind) => {
    expect(refusalReason(address)).toMatch(new RegExp(kind));
  });

  it.each(["93.184.215.14", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8", "172.32.0.1", "100.128.0.1"])(
    "allows the public address %s",
    (address) => expect(refusalReason(address)).toBeNull(),
  );

  it.each([
    ["decimal", "http://2130706433/mcp"],
    ["octal", "http://0177.0.0.1/mcp"],
    ["hex", "http://0x7f.0.0.1/mcp"],
    ["mixed", "http://0x7f.1/mcp"],
    ["short", "http://127.1/mcp"],
    ["IPv4-mapped IPv6", "http://[::ffff:127.0.0.1]/mcp"],
    ["decimal metadata", "http://2852039166/latest"],
  ])("refuses a %s spelling of a private address (%s)", async (_, url) => {
    await expect(resolveChecked(hostOf(url), 80, deployed)).rejects.toThrow(/Refused to probe/);
  });

  it("refuses a name whose DNS answer is private, even among public ones", async () => {
    const resolver: Resolver = async () => [
      { address: "93.184.215.14", family: 4 },
      { address: "10.0.0.5", family: 4 },
    ];
    await expect(resolveChecked("rebind.example", 443, deployed, resolver)).rejects.toThrow(
      /Refused to probe rebind\.example \(10\.0\.0\.5\): a private address/,
    );
  });

  it("lets the CLI and a local portal reach loopback, but not cloud metadata from the portal", async () => {
    await expect(resolveChecked("127.0.0.1", 80, { mode: "cli" })).resolves.toMatchObject({ address: "127.0.0.1" });
    await expect(resolveChecked("127.0.0.1", 80, { mode: "local" })).resolves.toMatchObject({ address: "127.0.0.1" });
    await expect(resolveChecked("169.254.169.254", 80, { mode: "local" })).rejects.toThrow(/metadata/);
  });
});
