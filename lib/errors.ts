import { z } from "zod";

import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/unavailable";

// Errors are values: one type, mapped to an HTTP status and a message a person can act on.

const statusByCode = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
} as const;

export type AppErrorCode = keyof typeof statusByCode;

/** The body of every error answer of the JSON API (errorResponse below). */
export const errorBodySchema = z.object({
  error: z
    .object({
      code: z.enum([...(Object.keys(statusByCode) as AppErrorCode[]), "INTERNAL"]),
      message: z.string().describe("What went wrong and what to do about it."),
      fields: z.record(z.string(), z.string()).optional().describe("Field name → what to fix."),
      retryAfterSeconds: z.number().int().optional(),
    })
    .loose(),
});

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
  get status(): number {
    return statusByCode[this.code];
  }
}

/** A zod failure as the 400 a person can fix: the first message per field. */
export function fromZodError(error: z.ZodError): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join(".") || "input"] ??= issue.message;
  return new AppError("BAD_REQUEST", Object.values(fields).join(" "), { fields });
}

/**
 * The JSON body and status for any error; a database that cannot be reached is a 503 (whichever driver
 * error says so), other unknown errors a generic 500 without internals.
 */
export function errorResponse(error: unknown): Response {
  if (!(error instanceof AppError) && isDatabaseUnavailable(error)) {
    return errorResponse(new AppError("UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE, { retryAfterSeconds: 10 }));
  }
  if (error instanceof AppError) {
    const headers: Record<string, string> = {};
    if (error.code === "RATE_LIMITED" || (error.code === "UNAVAILABLE" && error.details.retryAfterSeconds)) {
      headers["Retry-After"] = String(error.details.retryAfterSeconds);
    }
    return Response.json(
      { error: { code: error.code, message: error.message, ...error.details } },
      { status: error.status, headers },
    );
  }
  console.error(error);
  return Response.json(
    { error: { code: "INTERNAL", message: "Something failed on our side. Try again in a moment." } },
    { status: 500 },
  );
}
