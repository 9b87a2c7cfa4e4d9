import { z } from "zod";

import type { DatabaseStatus } from "./check-database";

/** GET /api/health: what load balancers and people read. */
export const databaseStatusSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("ok"), engine: z.string(), latencyMs: z.number() }),
  z.object({ status: z.literal("unreachable"), engine: z.string(), reason: z.string() }),
]);

export const healthResponseSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  app: z.object({ status: z.literal("ok"), version: z.string() }),
  database: databaseStatusSchema,
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const databaseStatusSchemaMatchesType: Same<z.infer<typeof databaseStatusSchema>, DatabaseStatus> = true;
