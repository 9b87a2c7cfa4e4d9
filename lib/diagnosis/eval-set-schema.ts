import { z } from "zod";

import { httpsUrlField, slugField } from "@/lib/seed/content-fields";
import { stepRefField } from "@/lib/signals/schemas";

/** One real error text or symptom, where it was reported, and where a troubleshooter should land. */
export const evalCaseSchema = z
  .object({
    id: slugField(100),
    kind: z.enum(["error", "symptom"]),
    text: z.string().trim().min(3),
    source: httpsUrlField(),
    category: slugField(),
    step: stepRefField.optional(),
    alsoAcceptable: z.array(slugField()).default([]),
  })
  .strict();

export const evalSetSchema = z.object({ version: z.literal(1), cases: z.array(evalCaseSchema).min(1) }).strict();

export type EvalCase = z.infer<typeof evalCaseSchema>;
