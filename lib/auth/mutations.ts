import { randomBytes } from "node:crypto";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { defineMutation } from "@/lib/mutations/define-mutation";

import { hasRole, ROLES } from "./roles";
import { developmentSignInAllowed } from "./sign-in-methods";
import { SESSION_MAX_AGE_SECONDS } from "./session-cookie";

const roleSchema = z.enum(ROLES, { error: `Choose a role: ${ROLES.join(", ")}.` });

export const devSignInSchema = z.object({
  name: z
    .string({ error: "Enter a name." })
    .trim()
    .min(2, "The name needs at least 2 characters.")
    .max(60, "The name can be at most 60 characters.")
    .regex(/^[\p{L}\p{N} .'_-]+$/u, "Use letters, digits, spaces and . ' _ - in the name."),
  role: roleSchema.exclude(["READER"], { error: "Choose contributor, moderator or admin." }),
});

/**
 * The development sign-in: anyone may use it where it exists at all, which this mutation decides again
 * from the server's own facts (loopback listener, no provider, no public address) rather than trusting
 * whoever called it. The person is keyed by name; their role is what they pick, and a change of role is
 * audited like any other.
 */
export const devSignIn = defineMutation({
  name: "auth.dev-sign-in",
  rule: "anyone, but only on a server listening on loopback with no sign-in provider and no public address",
  allow: () => developmentSignInAllowed(),
  schema: devSignInSchema,
  async run(tx, input) {
    const email = `${input.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}@dev-sign-in.invalid`;
    const existing = await tx.user.findUnique({ where: { email } });
    if (existing?.suspendedAt) throw new AppError("FORBIDDEN", SUSPENDED_MESSAGE);
    const user = existing
      ? await tx.user.update({ where: { email }, data: { name: input.name, role: input.role } })
      : await tx.user.create({ data: { email, name: input.name, role: input.role } });
    if (existing?.role !== input.role) {
      await recordAudit(tx, {
        actorId: user.id,
        action: "user.role",
        targetType: "user",
        targetId: user.id,
        before: { role: existing?.role ?? null },
        after: { role: input.role, via: "development sign-in" },
      });
    }
    const sessionToken = randomBytes(32).toString("base64url");
    await tx.session.create({
      data: { sessionToken, userId: user.id, expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) },
    });
    return { sessionToken };
  },
});

export const signOut = defineMutation({
  name: "auth.sign-out",
  rule: "anyone signed in, for their own session",
  allow: (user) => hasRole(user, "CONTRIBUTOR"),
  schema: z.object({}),
  async run(tx, _input, context) {
    await tx.session.deleteMany({ where: { sessionToken: context.sessionToken ?? "", userId: context.user!.id } });
    return { signedOut: true };
  },
});

export const setUserRoleSchema = z.object({
  userId: z.string().regex(/^[a-z0-9]{20,40}$/, "Choose a person."),
  role: roleSchema.exclude(["READER"], { error: "Choose contributor, moderator or admin." }),
});

export const setUserRole = defineMutation({
  name: "user.set-role",
  rule: "admins; the last admin cannot step down",
  allow: (user) => hasRole(user, "ADMIN"),
  schema: setUserRoleSchema,
  async run(tx, input, context) {
    const target = await tx.user.findUnique({ where: { id: input.userId } });
    if (!target) throw new AppError("NOT_FOUND", "That person does not exist.");
    if (target.role === input.role) return { id: target.id, role: target.role };
    if (target.role === "ADMIN" && (await tx.user.count({ where: { role: "ADMIN" } })) === 1) {
      throw new AppError("CONFLICT", "This is the last admin: make someone else admin first.");
    }
    await tx.user.update({ where: { id: target.id }, data: { role: input.role } });
    await recordAudit(tx, {
      actorId: context.user!.id,
      action: "user.role",
      targetType: "user",
      targetId: target.id,
      before: { role: target.role },
      after: { role: input.role },
    });
    return { id: target.id, role: input.role };
  },
});

/** What a suspended person is told when they try to sign in. */
export const SUSPENDED_MESSAGE = "This account is suspended. Ask an administrator of the portal to restore it.";

export const suspendUserSchema = z.object({
  userId: z.string().regex(/^[a-z0-9]{20,40}$/, "Choose a person."),
  suspend: z.enum(["true", "false"], { error: "Choose to suspend or to restore." }).transform((v) => v === "true"),
});

/**
 * Suspends a person (every session of theirs ends at once; signing in is refused until restored) or
 * restores them. Admins only, never themselves, audited.
 */
export const suspendUser = defineMutation({
  name: "user.suspend",
  rule: "admins, never on themselves",
  allow: (user) => hasRole(user, "ADMIN"),
  schema: suspendUserSchema,
  async run(tx, input, context) {
    if (input.userId === context.user!.id) {
      throw new AppError("FORBIDDEN", "You cannot suspend yourself: ask another admin.");
    }
    const target = await tx.user.findUnique({ where: { id: input.userId } });
    if (!target) throw new AppError("NOT_FOUND", "That person does not exist.");
    return applySuspension(tx, target, input.suspend, context.user!.id);
  },
});

/** Shared by the admin page and `npm run user:role -- <email> SUSPENDED`. */
export async function applySuspension(
  tx: Prisma.TransactionClient,
  target: { id: string; suspendedAt: Date | null },
  suspend: boolean,
  actorId: string | null,
) {
  if (Boolean(target.suspendedAt) === suspend) return { id: target.id, suspended: suspend, changed: false };
  const suspendedAt = suspend ? new Date() : null;
  await tx.user.update({ where: { id: target.id }, data: { suspendedAt } });
  const { count: endedSessions } = suspend
    ? await tx.session.deleteMany({ where: { userId: target.id } })
    : { count: 0 };
  await recordAudit(tx, {
    actorId,
    action: suspend ? "user.suspend" : "user.restore",
    targetType: "user",
    targetId: target.id,
    before: { suspendedAt: target.suspendedAt?.toISOString() ?? null },
    after: {
      suspendedAt: suspendedAt?.toISOString() ?? null,
      endedSessions,
      ...(actorId ? {} : { via: "npm run user:role" }),
    },
  });
  return { id: target.id, suspended: suspend, changed: true };
}
