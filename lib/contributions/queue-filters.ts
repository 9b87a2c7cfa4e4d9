import { z } from "zod";

import { KIND_ORDER } from "./kinds";

const blankAsUndefined = (value: unknown) => (value === "" || Array.isArray(value) ? undefined : value);

/** The queue's filters from the URL; anything unrecognised is ignored rather than an error. */
export const queueFiltersSchema = z.object({
  kind: z.preprocess(blankAsUndefined, z.enum(KIND_ORDER).optional().catch(undefined)),
  category: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .regex(/^[a-z0-9-]{1,80}$/)
      .optional()
      .catch(undefined),
  ),
  olderThanDays: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(365).optional().catch(undefined)),
});
