import type { Database } from "@/lib/db/create-client";

import { hasRole, type SessionUser } from "./roles";

/** ASVS 3.3.2: sessions that can moderate or administer end after this long without a request. */
export const PRIVILEGED_IDLE_TIMEOUT_SECONDS = 30 * 60;
/** Activity is written at most this often per session: not one write per request. */
const TOUCH_EVERY_MS = 60 * 1000;

/**
 * The person a session token stands for, decided where every page, action and route reads it: an expired
 * session, a suspended person, or a moderator's or admin's session idle for longer than the timeout is
 * nobody (and the idle one is deleted). Otherwise the session's last activity moves forward. The touch is
 * session bookkeeping like next-auth's own, not a write a person asks for, so it is no registered mutation.
 */
export async function readSession(db: Database, token: string, now = new Date()): Promise<SessionUser | null> {
  const session = await db.session.findUnique({
    where: { sessionToken: token },
    select: {
      id: true,
      expires: true,
      lastActiveAt: true,
      user: { select: { id: true, name: true, email: true, role: true, suspendedAt: true } },
    },
  });
  if (!session || session.expires < now || session.user.suspendedAt) return null;
  const { id, name, email, role } = session.user;
  const user: SessionUser = { id, name: name ?? email ?? "Signed-in user", role };
  const idleMs = now.getTime() - session.lastActiveAt.getTime();
  if (hasRole(user, "MODERATOR") && idleMs > PRIVILEGED_IDLE_TIMEOUT_SECONDS * 1000) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (idleMs >= TOUCH_EVERY_MS) {
    await db.session.updateMany({ where: { id: session.id }, data: { lastActiveAt: now } });
  }
  return user;
}
