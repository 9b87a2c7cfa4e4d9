import { z } from "zod";

import { hasControlCharacter } from "@/lib/validation/text";

// Field rules shared by every content schema (taxonomy, runbooks, known issues).

/** A URL-safe identifier: lowercase words joined by hyphens. */
export const slugField = (max = 80) =>
  z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens, e.g. rate-limiting-problems")
    .max(max, `must be at most ${max} characters`);

/** Trimmed, non-empty text with a length limit, without control characters (YAML's "\0" is a NUL byte). */
export const textField = (max: number) =>
  z
    .string()
    .refine((value) => !hasControlCharacter(value), "must not contain control characters such as NUL")
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`);

export const httpsUrlField = () => z.url({ protocol: /^https$/, error: "must be an https:// URL" });
