import { getEnv, type Env } from "@/lib/env";

/** next-auth's own cookie name, so its OAuth and email flows and our development sign-in share sessions. */
export function sessionCookieName(): string {
  return secureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * Secure, `__Secure-`-prefixed cookies whenever the portal's address is https: always so once a sign-in
 * provider is configured (lib/env.ts requires an https PUBLIC_URL then), i.e. in every real deployment.
 */
export function secureCookies(env: Env = getEnv()): boolean {
  return env.PUBLIC_URL?.startsWith("https://") ?? false;
}

/**
 * next-auth's own base URL, from PUBLIC_URL: next-auth reads it only from NEXTAUTH_URL, and without it
 * builds OAuth redirect URIs and magic links on http://localhost:3000.
 */
export function nextAuthUrl(env: Env = getEnv()): string | undefined {
  return env.PUBLIC_URL ? new URL("/api/auth", env.PUBLIC_URL).toString() : undefined;
}

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
