import { BlockList, isIP } from "node:net";

import { expandIpv6, ipv4FromGroups, mappedOrNat64Ipv4 } from "@/lib/net/ipv6";

/**
 * Which addresses a deployed portal refuses to probe: everything that is not the public internet.
 * Works on the address a connection would use (after DNS), so every spelling of a host ends up here.
 */
const RANGES: [string, number, "ipv4" | "ipv6", string][] = [
  ["0.0.0.0", 8, "ipv4", "an unspecified address"],
  ["10.0.0.0", 8, "ipv4", "a private address"],
  ["100.64.0.0", 10, "ipv4", "a carrier-grade NAT address"],
  ["127.0.0.0", 8, "ipv4", "a loopback address"],
  ["169.254.0.0", 16, "ipv4", "a link-local address (cloud metadata lives there)"],
  ["172.16.0.0", 12, "ipv4", "a private address"],
  ["192.0.0.0", 24, "ipv4", "a reserved address"],
  ["192.0.2.0", 24, "ipv4", "a documentation address"],
  ["192.168.0.0", 16, "ipv4", "a private address"],
  ["198.18.0.0", 15, "ipv4", "a benchmarking address"],
  ["198.51.100.0", 24, "ipv4", "a documentation address"],
  ["203.0.113.0", 24, "ipv4", "a documentation address"],
  ["224.0.0.0", 4, "ipv4", "a multicast address"],
  ["240.0.0.0", 4, "ipv4", "a reserved address"],
  ["::", 128, "ipv6", "an unspecified address"],
  ["::1", 128, "ipv6", "a loopback address"],
  ["100::", 64, "ipv6", "a discard address"],
  ["2001:db8::", 32, "ipv6", "a documentation address"],
  ["fc00::", 7, "ipv6", "a unique local (private) address"],
  ["fe80::", 10, "ipv6", "a link-local address"],
  ["fec0::", 10, "ipv6", "a site-local address"],
  ["ff00::", 8, "ipv6", "a multicast address"],
];

const lists = RANGES.map(([network, prefix, family, reason]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { list, family, reason };
});

/** Cloud metadata services, refused even by a portal that is not deployed. */
const METADATA = new Set(["169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254"]);

/** IPv6 forms that carry an IPv4 address: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d), NAT64 and 6to4. */
export function embeddedIpv4(address: string): string | null {
  const groups = expandIpv6(address);
  if (!groups) return null;
  const translated = mappedOrNat64Ipv4(groups);
  if (translated) return translated;
  // Compatible, but not ::, ::1 and the like (the IPv4 part's first group is zero).
  if (groups.slice(0, 6).every((g) => g === 0) && groups[6] !== 0) return ipv4FromGroups(groups[6]!, groups[7]!);
  if (groups[0] === 0x2002) return ipv4FromGroups(groups[1]!, groups[2]!);
  return null;
}

/** Why a deployed portal refuses this IP address, or null when it is a public address. */
export function refusalReason(address: string): string | null {
  const bare = address.replace(/^\[(.*)\]$/, "$1");
  const family = isIP(bare);
  if (family === 0) return "not an IP address";
  if (METADATA.has(bare.toLowerCase())) return "a cloud metadata address";
  const inner = family === 6 ? embeddedIpv4(bare) : null;
  if (inner) return refusalReason(inner);
  const type = family === 4 ? "ipv4" : "ipv6";
  return lists.find((entry) => entry.family === type && entry.list.check(bare, type))?.reason ?? null;
}

export function isMetadataAddress(address: string): boolean {
  const bare = address.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  const inner = isIP(bare) === 6 ? embeddedIpv4(bare) : null;
  return METADATA.has(inner ?? bare);
}
