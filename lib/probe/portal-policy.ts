import { isLoopbackAddress } from "@/lib/auth/sign-in-methods";
import { getEnv, type Env } from "@/lib/env";

import type { NetworkPolicy } from "./net/network-policy";

/**
 * Where probes started from the portal may connect. A portal nobody else can reach (PUBLIC_URL unset or
 * on loopback, and the server listening on loopback only, the same facts that allow the development
 * sign-in) may probe localhost and private networks: that is where a developer's own server runs.
 * Anything else is deployed, and probes public addresses only.
 */
export function portalNetworkPolicy(env: Env = getEnv()): NetworkPolicy {
  const publicUrlLocal = !env.PUBLIC_URL || isLoopbackAddress(new URL(env.PUBLIC_URL).hostname);
  return { mode: publicUrlLocal && isLoopbackAddress(env.PORTAL_LISTEN_HOST) ? "local" : "public-only" };
}
