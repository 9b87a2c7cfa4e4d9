import { z } from "zod";

/** "Did this fix it?": shared by the outcome form, the route handler and the API docs. */
export const outcomeInputSchema = z.object({
  nodeId: z.string().regex(/^[a-z0-9-]{1,60}$/, "Unknown step."),
  version: z.coerce.number().int().positive("Unknown runbook version."),
  fixed: z.enum(["yes", "no"], { error: 'Answer "yes" or "no".' }).transform((value) => value === "yes"),
});

export type OutcomeInput = z.input<typeof outcomeInputSchema>;

export const outcomeResultSchema = z.object({ fixed: z.boolean() });
