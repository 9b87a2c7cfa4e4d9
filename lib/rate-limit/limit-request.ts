import "server-only";

import { getDb } from "@/lib/db";
import { processShared } from "@/lib/process-shared";
import { clientIp } from "@/lib/security/client-ip";

import { BatchedRateLimit } from "./batched-rate-limit";
import { rateLimitedError } from "./enforce-rate-limit";
import type { RateLimitPolicyName } from "./policies";

/**
 * One per process, whichever bundle counts (the proxy's for the search page, the API's, the MCP server's): a search
 * refused by one is refused by the others at once, with no round trip (lib/process-shared.ts).
 */
const requests = processShared("batched-rate-limit", () => new BatchedRateLimit(getDb));

/**
 * A per-IP policy for a request that writes nothing (search): counts it, or throws a RATE_LIMITED AppError. Counted
 * in this process at once and in the database within a tenth of a second (lib/rate-limit/batched-rate-limit.ts).
 * Async for its callers, which await it like every other limit.
 */
export async function limitRequest(policy: RateLimitPolicyName, requestHeaders: Headers): Promise<void> {
  const result = requests.consume(policy, clientIp(requestHeaders));
  if (result.allowed) return;
  throw rateLimitedError(policy, result.retryAfterSeconds);
}
