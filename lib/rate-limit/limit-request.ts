import "server-only";

import { getDb } from "@/lib/db";
import { clientIp } from "@/lib/security/client-ip";

import { enforceRateLimit } from "./enforce-rate-limit";
import type { RateLimitPolicyName } from "./policies";

/** A per-IP policy for a request that writes nothing (search): counts it, or throws a RATE_LIMITED AppError. */
export async function limitRequest(policy: RateLimitPolicyName, requestHeaders: Headers): Promise<void> {
  await enforceRateLimit(await getDb(), policy, clientIp(requestHeaders));
}
