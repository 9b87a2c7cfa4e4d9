import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/create-client";
import { AppError, fromZodError } from "@/lib/errors";

import { applySuspension } from "./mutations";
import { ROLES } from "./roles";

const inputSchema = z.object({
  email: z.email("Give the person's email address first."),
  role: z.enum([...(ROLES.filter((r) => r !== "READER") as ["CONTRIBUTOR", "MODERATOR", "ADMIN"]), "SUSPENDED"], {
    error: "Give a role second: CONTRIBUTOR, MODERATOR or ADMIN, or SUSPENDED to suspend the person.",
  }),
});

/**
 * `npm run user:role -- <email> <ROLE>`: the way to make the first admin. The person must have signed
 * in once. Audited like a change in the admin page, with no actor (the command line). SUSPENDED suspends
 * the person (their sessions end at once); giving a role to a suspended person restores them.
 */
export async function setRoleFromCli(db: Database, args: string[]) {
  const parsed = inputSchema.safeParse({ email: args[0], role: args[1]?.toUpperCase() });
  if (!parsed.success) throw fromZodError(parsed.error);
  const { email, role } = parsed.data;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email } });
    if (!user) throw new AppError("NOT_FOUND", `No one has signed in as ${email} yet: they must sign in once first.`);
    if (role === "SUSPENDED") {
      const { changed } = await applySuspension(tx, user, true, null);
      return { email, role, changed };
    }
    const restored = (await applySuspension(tx, user, false, null)).changed;
    if (user.role === role) return { email, role, changed: restored };
    await tx.user.update({ where: { id: user.id }, data: { role } });
    await recordAudit(tx, {
      actorId: null,
      action: "user.role",
      targetType: "user",
      targetId: user.id,
      before: { role: user.role },
      after: { role, via: "npm run user:role" },
    });
    return { email, role, changed: true };
  });
}
