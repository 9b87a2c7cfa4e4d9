import "server-only";

import { cookies } from "next/headers";
import { cache } from "react";

import { getDb } from "@/lib/db";

import { readSession } from "./read-session";
import type { SessionUser } from "./roles";
import { sessionCookieName } from "./session-cookie";

/** The session token from the request's cookie, if any. */
export async function currentSessionToken(): Promise<string | null> {
  return (await cookies()).get(sessionCookieName())?.value ?? null;
}

/**
 * The signed-in person, from the database session named by the cookie (shared by every instance); nobody
 * when the session expired, was idle too long for its role, or its person is suspended (read-session.ts).
 * Once per request: layouts, pages and actions all ask.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await currentSessionToken();
  if (!token) return null;
  return readSession(await getDb(), token);
});
