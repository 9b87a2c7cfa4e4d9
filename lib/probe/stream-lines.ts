import { z } from "zod";

import { checkGroupSchema, checkResultSchema } from "./schemas";

/** The NDJSON lines /api/probe streams: the plan, each result as it completes, then the end. */
export const probeStreamLineSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("start"),
    target: z.string(),
    startedAt: z.iso.datetime(),
    checks: z.array(z.object({ id: z.string(), title: z.string(), group: checkGroupSchema })),
  }),
  z.object({ type: z.literal("result"), result: checkResultSchema }),
  z.object({ type: z.literal("end"), durationMs: z.number() }),
]);
export type ProbeStreamLine = z.infer<typeof probeStreamLineSchema>;
