import { getEnv } from "@/lib/env";

/** next-auth's own cookie name, so its OAuth and email flows and our development sign-in share sessions. */
export function sessionCookieName(): string {
  return secureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export function secureCookies(): boolean {
  return getEnv().PUBLIC_URL?.startsWith("https://") ?? false;
}

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
