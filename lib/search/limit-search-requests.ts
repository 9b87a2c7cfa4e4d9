import "server-only";

import { getDb } from "@/lib/db";
import { enforceRateLimit } from "@/lib/rate-limit/enforce-rate-limit";
import { clientIp } from "@/lib/security/client-ip";

/** The machine interfaces' shared budget (the search API and the MCP server): a 429 AppError past it. */
export async function limitSearchRequests(headers: Headers): Promise<void> {
  await enforceRateLimit(await getDb(), "search", clientIp(headers));
}
