import { z } from "zod";

import { PROTOCOL_REVISIONS } from "./protocol-revisions";

/** A non-empty list of distinct revisions, stored oldest first whatever order the file used. */
export const revisionsField = () =>
  z
    .array(z.enum(PROTOCOL_REVISIONS, { error: `must be one of ${PROTOCOL_REVISIONS.join(", ")}` }), {
      error: "must list the protocol revisions it applies to, e.g. revisions: [2025-11-25, 2026-07-28]",
    })
    .min(1, "must list at least one protocol revision")
    .refine((list) => new Set(list).size === list.length, "lists a revision twice")
    .transform((list) => [...list].sort());
