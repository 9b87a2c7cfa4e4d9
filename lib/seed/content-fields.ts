import { z } from "zod";

// Field rules shared by every content schema (taxonomy, runbooks, known issues).

/** A URL-safe identifier: lowercase words joined by hyphens. */
export const slugField = (max = 80) =>
  z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens, e.g. rate-limiting-problems")
    .max(max, `must be at most ${max} characters`);

/** Trimmed, non-empty text with a length limit. */
export const textField = (max: number) =>
  z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

export const httpsUrlField = () => z.url({ protocol: /^https$/, error: "must be an https:// URL" });
