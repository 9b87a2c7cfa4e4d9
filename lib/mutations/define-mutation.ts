import type { z } from "zod";

import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, fromZodError } from "@/lib/errors";
import { bumpContentVersion } from "@/lib/page-cache/content-version";
import { noteContentVersion } from "@/lib/page-cache/note-content-version";
import { enforceRateLimit, type RateLimitUse } from "@/lib/rate-limit/enforce-rate-limit";

/** What the server knows about the caller of a mutation; never taken from the request body. */
export interface MutationContext {
  user: SessionUser | null;
  ip: string;
  /** The caller's own session, from its cookie: what signing out ends. */
  sessionToken: string | null;
}

/**
 * Every write the portal accepts from people. The steps are fixed and in this order: who may call it
 * at all (`allow`, before any input is read), zod validation, the rate limits it names (each counted in a
 * statement of its own, so an attempt that fails later still counts), then `run` inside one transaction (unless it
 * writes nothing), which checks ownership and state against the rows it reads, so a failure leaves nothing
 * half-written.
 */
export interface Mutation<S extends z.ZodType, R> {
  name: string;
  /** Says in words who may call it: shown in the authorization matrix test's failures. */
  rule: string;
  allow: (user: SessionUser | null) => boolean;
  schema: S;
  /** The named limits one call uses up, counted before the transaction (lib/rate-limit/policies.ts). */
  rateLimits?: (context: MutationContext) => RateLimitUse[];
  run: (tx: Prisma.TransactionClient, input: z.infer<S>, context: MutationContext) => Promise<R>;
  /**
   * True when a successful call may change what public pages show (a decision, a vote): the content
   * version is then bumped in the same transaction, which retires every cached page (lib/page-cache).
   */
  changesPublishedContent?: boolean;
  /**
   * False for a call whose only write is its rate limits (starting a probe): `run` then gets the client itself, and
   * no transaction is opened around nothing.
   */
  writes?: boolean;
}

export function defineMutation<S extends z.ZodType, R>(mutation: Mutation<S, R>): Mutation<S, R> {
  // The content version is bumped inside the transaction, which such a mutation does not open.
  if (mutation.writes === false && mutation.changesPublishedContent) {
    throw new Error(`${mutation.name}: a mutation that writes nothing cannot change published content`);
  }
  return mutation;
}

/** The first step on its own: API routes call it before they read a request body at all. */
export function authorizeMutation(mutation: Mutation<z.ZodType, unknown>, context: MutationContext): void {
  if (!mutation.allow(context.user)) {
    throw context.user
      ? new AppError("FORBIDDEN", "Your role does not allow this.")
      : new AppError("UNAUTHENTICATED", "Sign in to do this.");
  }
}

export async function executeMutation<S extends z.ZodType, R>(
  db: Database,
  mutation: Mutation<S, R>,
  rawInput: unknown,
  context: MutationContext,
): Promise<R> {
  authorizeMutation(mutation, context);
  const parsed = mutation.schema.safeParse(rawInput);
  if (!parsed.success) throw fromZodError(parsed.error);
  for (const use of mutation.rateLimits?.(context) ?? []) await enforceRateLimit(db, use.policy, use.subject);
  if (mutation.writes === false) return mutation.run(db, parsed.data, context);
  let version: number | null = null;
  const result = await db.$transaction(async (tx) => {
    const value = await mutation.run(tx, parsed.data, context);
    if (mutation.changesPublishedContent) version = await bumpContentVersion(tx);
    return value;
  });
  if (version !== null) noteContentVersion(version);
  return result;
}
