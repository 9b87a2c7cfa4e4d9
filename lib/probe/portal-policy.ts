import { getEnv, type Env } from "@/lib/env";
import { isLocalOnlyPortal } from "@/lib/security/loopback";

import type { NetworkPolicy } from "./net/network-policy";

/**
 * Where probes started from the portal may connect. A portal nobody else can reach (PUBLIC_URL unset or
 * on loopback, and the server listening on loopback only, the same facts that allow the development
 * sign-in) may probe localhost and private networks: that is where a developer's own server runs.
 * Anything else is deployed, and probes public addresses only.
 */
export function portalNetworkPolicy(env: Env = getEnv()): NetworkPolicy {
  return { mode: isLocalOnlyPortal(env) ? "local" : "public-only" };
}
