import "server-only";

import { getDb } from "@/lib/db";
import { clientIp } from "@/lib/security/client-ip";

import { isSignInEmailRequest, refuseSignInEmailOverLimit } from "./limit-sign-in-email";

/** The 429 for a magic-link request past the per-IP limit, or null; other requests never touch the database. */
export async function refuseSignInEmailRequestOverLimit(request: Request): Promise<Response | null> {
  if (!isSignInEmailRequest(request)) return null;
  return refuseSignInEmailOverLimit(await getDb(), clientIp(request.headers));
}
