import type { Env } from "@/lib/env";

/**
 * A host only this machine reaches: localhost and its subdomains (RFC 6761), 127.0.0.0/8 or ::1, with or
 * without IPv6 brackets. A name that merely starts like one ("127.0.0.1.evil.example", "localhost.evil")
 * is not.
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const bare = address.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  return bare === "localhost" || bare.endsWith(".localhost") || bare === "::1" || /^127(?:\.\d{1,3}){3}$/.test(bare);
}

/**
 * A portal nobody else can reach: PUBLIC_URL unset or on loopback, and the server listening on loopback
 * only (PORTAL_LISTEN_HOST, a fact of the process that no request can forge). What allows the
 * development sign-in and lets probes reach local and private addresses.
 */
export function isLocalOnlyPortal(env: Env): boolean {
  const publicUrlLocal = !env.PUBLIC_URL || isLoopbackAddress(new URL(env.PUBLIC_URL).hostname);
  return publicUrlLocal && isLoopbackAddress(env.PORTAL_LISTEN_HOST);
}
