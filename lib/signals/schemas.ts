import { z } from "zod";

import { httpsUrlField, slugField, textField } from "@/lib/seed/content-fields";

/** A JavaScript regular expression source, compiled with flags "iu"; kept short so matching stays linear. */
const patternField = z
  .string()
  .min(2)
  .max(200, "must be at most 200 characters")
  .refine((source) => compiles(source), "must be a valid regular expression (flags iu)")
  .refine(
    (source) => !/\([^()]*[+*][^()]*\)[+*{]/.test(source),
    "must not nest quantifiers (catastrophic backtracking)",
  );

function compiles(source: string): boolean {
  try {
    new RegExp(source, "iu");
    return true;
  } catch {
    return false;
  }
}

/** "<runbook slug>/<node id>": a runbook step, checked against the runbook files by the validator. */
export const stepRefField = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/, "must be <runbook>/<node id>");

/**
 * One recognisable error token or message: what it looks like (phrases matched on word boundaries,
 * case-insensitively, or patterns), where a troubleshooter should start, why, and where that is written.
 */
export const signalSchema = z
  .object({
    id: slugField(80),
    phrases: z.array(textField(200)).max(20).default([]),
    patterns: z.array(patternField).max(10).default([]),
    categories: z.array(slugField()).min(1, "needs a category").max(3),
    steps: z.array(stepRefField).min(1, "needs a runbook step to start from").max(3),
    explanation: textField(200),
    source: httpsUrlField(),
    /** How specific the signal is: 3 for a unique code, 2 for a specific message, 0.5–1 for a generic term. */
    weight: z.number().min(0.5).max(3).default(1),
    /**
     * Context that says where a failure happens ("works with curl, not from the client") rather than what failed:
     * its first step is its category's starting step even where message signals vote more for another.
     */
    decidesStep: z.boolean().default(false),
    /** Realistic lines that must fire the signal: the validator and tests check each one. */
    examples: z.array(textField(600)).min(1, "needs an example line").max(3),
  })
  .strict()
  .refine((signal) => signal.phrases.length + signal.patterns.length > 0, {
    message: "needs at least one phrase or pattern",
    path: ["phrases"],
  });

export const signalFamilyFileSchema = z
  .object({
    family: slugField(60),
    title: textField(120),
    signals: z.array(signalSchema).min(1),
  })
  .strict();

export type Signal = z.infer<typeof signalSchema>;
export type SignalFamilyFile = z.infer<typeof signalFamilyFileSchema>;
