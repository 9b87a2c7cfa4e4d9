import { z } from "zod";

// What text from outside may contain. PostgreSQL refuses a NUL byte in text and JSON ("invalid byte
// sequence"), so one reaching a query is a 500; other C0 controls are never typed by a person either.
// Tab and line breaks stay: textareas send them.

const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlCharacter(value: string): boolean {
  return CONTROL_CHARACTER.test(value);
}

export const controlCharacterMessage = (label: string) =>
  `${label} contains a control character (such as a NUL byte), which text here never holds: remove it.`;

/** A string that refuses control characters with a message naming the field; chain trim/min/max after it. */
export function plainString(label: string, required = `${label} is required.`) {
  return z.string({ error: required }).refine((value) => !hasControlCharacter(value), controlCharacterMessage(label));
}

/** The same rule for string schemas that do not start from z.string() (z.url(), z.email()). */
export function refuseControlCharacters<S extends z.ZodType<string>>(schema: S, label: string) {
  return schema.refine((value) => !hasControlCharacter(value), controlCharacterMessage(label));
}

/** A slug in a URL (category, runbook, known issue): checked before any query, so junk is a 404, not a 500. */
export function isSlugParam(value: unknown): value is string {
  return typeof value === "string" && /^[a-z0-9-]{1,120}$/.test(value);
}
