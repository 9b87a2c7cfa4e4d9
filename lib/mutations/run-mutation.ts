import "server-only";

import { headers } from "next/headers";
import type { z } from "zod";

import { currentSessionToken, getCurrentUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { clientIp, isSameOrigin } from "@/lib/security/client-ip";

import { authorizeMutation, executeMutation, type Mutation, type MutationContext } from "./define-mutation";

/** What a server action hands back to its form: the result, or an error a person can act on. */
export type ActionState<R> =
  | { ok: true; data: R }
  | {
      ok: false;
      error: { code: string; message: string; fields?: Record<string, string>; retryAfterSeconds?: number };
    };

async function requestContext(): Promise<MutationContext> {
  const requestHeaders = await headers();
  if (!isSameOrigin(requestHeaders)) throw new AppError("FORBIDDEN", "Changes can only be sent from the portal.");
  return { user: await getCurrentUser(), ip: clientIp(requestHeaders), sessionToken: await currentSessionToken() };
}

/** Runs a mutation for the current request; throws an AppError for an API route to answer with. */
export async function runMutationOrThrow<S extends z.ZodType, R>(mutation: Mutation<S, R>, input: unknown): Promise<R> {
  return executeMutation(await getDb(), mutation, input, await requestContext());
}

/**
 * For API routes with a request body: the caller is authorized (session, role, same origin) before
 * `readInput` touches the body, so a refused request is answered without reading what it sent.
 */
export async function runMutationWithBody<S extends z.ZodType, R>(
  mutation: Mutation<S, R>,
  readInput: () => Promise<unknown>,
): Promise<R> {
  const context = await requestContext();
  authorizeMutation(mutation, context);
  return executeMutation(await getDb(), mutation, await readInput(), context);
}

/** Runs a mutation for the current request; never throws, so a form always gets a message back. */
export async function runMutation<S extends z.ZodType, R>(
  mutation: Mutation<S, R>,
  input: unknown,
): Promise<ActionState<R>> {
  try {
    return { ok: true, data: await runMutationOrThrow(mutation, input) };
  } catch (error) {
    return { ok: false, error: toActionError(error) };
  }
}

export function toActionError(error: unknown): Extract<ActionState<never>, { ok: false }>["error"] {
  if (error instanceof AppError) {
    return {
      code: error.code,
      message: error.message,
      fields: error.details.fields as Record<string, string> | undefined,
      retryAfterSeconds: error.details.retryAfterSeconds as number | undefined,
    };
  }
  console.error(error);
  return { code: "INTERNAL", message: "Something failed on our side. Nothing was saved; try again in a moment." };
}

/** FormData as a plain object; repeated names (checkboxes) become arrays. */
export function formDataToObject(formData: unknown): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  // A crafted action call can pass anything in the form's place ([1, {}] as the arguments was a 500):
  // no fields, so the mutation's schema says what is missing.
  if (!(formData instanceof FormData)) return result;
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    result[key] = values.length > 1 ? values : values[0];
  }
  return result;
}
