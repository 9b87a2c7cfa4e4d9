import "server-only";

import { cookies } from "next/headers";
import { cache } from "react";

import { getDb } from "@/lib/db";

import type { SessionUser } from "./roles";
import { sessionCookieName } from "./session-cookie";

/** The session token from the request's cookie, if any. */
export async function currentSessionToken(): Promise<string | null> {
  return (await cookies()).get(sessionCookieName())?.value ?? null;
}

/**
 * The signed-in person, from the database session named by the cookie (shared by every instance).
 * Once per request: layouts, pages and actions all ask.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await currentSessionToken();
  if (!token) return null;
  const db = await getDb();
  const session = await db.session.findUnique({
    where: { sessionToken: token },
    select: { expires: true, user: { select: { id: true, name: true, email: true, role: true } } },
  });
  if (!session || session.expires < new Date()) return null;
  const { id, name, email, role } = session.user;
  return { id, name: name ?? email ?? "Signed-in user", role };
});
