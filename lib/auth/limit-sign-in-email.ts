import { AppError } from "@/lib/errors";
import type { RateLimitStore } from "@/lib/rate-limit/consume-rate-limit";
import { enforceRateLimit } from "@/lib/rate-limit/enforce-rate-limit";

/** next-auth's endpoint that sends a magic link. */
export function isSignInEmailRequest(request: Request): boolean {
  return request.method === "POST" && new URL(request.url).pathname === "/api/auth/signin/email";
}

/**
 * The per-IP limit on sign-in emails (the per-address one is in send-sign-in-email.ts), checked before
 * next-auth reads the request. Over it: 429 with Retry-After, and the `url` next-auth's client follows,
 * so the sign-in page says what happened.
 */
export async function refuseSignInEmailOverLimit(db: RateLimitStore, ip: string): Promise<Response | null> {
  try {
    await enforceRateLimit(db, "signInEmailIp", ip);
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return Response.json(
      { url: "/sign-in?error=TooManyEmails", error: { code: error.code, message: error.message } },
      { status: 429, headers: { "Retry-After": String(error.details.retryAfterSeconds) } },
    );
  }
}
