import { expandIpv6, mappedOrNat64Ipv4 } from "@/lib/net/ipv6";
import { isLoopbackAddress } from "@/lib/security/loopback";
import { getEnv, type Env } from "@/lib/env";

/** The one subject of per-IP limits when the portal cannot know who is asking (see clientIp). */
export const UNTRUSTED_CLIENT = "untrusted-forwarded-for";

/**
 * The client address for per-IP limits, from X-Forwarded-For and TRUSTED_PROXY_HOPS (N).
 *
 * Each proxy appends the address it received the request from, so the N-th entry from the right is the
 * address the outermost trusted proxy saw: the client. Entries further left were sent by the client and
 * are ignored (a client can write anything there).
 *
 * With N = 0 (no proxy), the header is the one Next.js fills from the connection, but only when the request
 * has none (`??=` in next's base-server): a client that sends its own keeps it, and the portal cannot tell
 * the two apart. So with 0 hops the header is believed only while the server listens on loopback (only
 * this machine's clients reach it: the quick start, or a proxy on this machine appending the address);
 * otherwise every client counts as one subject, so nobody can escape a limit, or spend someone else's, by
 * writing the header. That shared count is the safe failure; the fix is a proxy and TRUSTED_PROXY_HOPS.
 *
 * An IPv6 client is counted by its /64 network (ipv6Network): one home or server is routed a /64 and can send
 * from any of its 2^64 addresses, so counting each address would give it as many budgets as it likes.
 */
export function clientIp(headers: Headers, env: Env = getEnv()): string {
  return ipv6Network(forwardedClient(headers, env));
}

function forwardedClient(headers: Headers, env: Env): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const hops = env.TRUSTED_PROXY_HOPS;
  if (hops === 0) return isLoopbackAddress(env.PORTAL_LISTEN_HOST) ? (entries.at(-1) ?? "unknown") : UNTRUSTED_CLIENT;
  // Fewer entries than proxies: the request did not come through all of them; take the first address.
  return entries.at(-hops) ?? entries[0] ?? "unknown";
}

/**
 * An IPv6 address's /64 network ("2001:db8:1:2::/64"); an IPv4-mapped one (::ffff:192.0.2.1, in any spelling) or a
 * NAT64 one (64:ff9b::192.0.2.1) its IPv4 address; an IPv4 address without the port some proxies append; anything
 * else unchanged. Brackets and a zone ("%eth0") are dropped first.
 */
export function ipv6Network(address: string): string {
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(address);
  if (ipv4WithPort) return ipv4WithPort[1]!;
  const groups = expandIpv6(address.replace(/^\[|\](?::\d{1,5})?$/g, ""));
  if (!groups) return address;
  // An IPv4 client behind a NAT64 gateway counted by the prefix's /64 would share one budget with all the others.
  const ipv4 = mappedOrNat64Ipv4(groups);
  if (ipv4) return ipv4;
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")}::/64`;
}

/** Cross-site form posts are refused: a browser always sends Origin on POST. */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return true;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
