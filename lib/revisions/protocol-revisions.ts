import { z } from "zod";

// The MCP protocol revisions content can apply to, oldest first. Servers and clients of several revisions coexist,
// so every runbook step and known issue says which ones its advice holds for.

export const PROTOCOL_REVISIONS = ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28"] as const;
export type ProtocolRevision = (typeof PROTOCOL_REVISIONS)[number];

/** The newest revision: 2026-07-28 is stateless (no initialize, no Mcp-Session-Id). */
export const LATEST_REVISION: ProtocolRevision = "2026-07-28";

/** A non-empty list of distinct revisions, stored oldest first whatever order the file used. */
export const revisionsField = () =>
  z
    .array(z.enum(PROTOCOL_REVISIONS, { error: `must be one of ${PROTOCOL_REVISIONS.join(", ")}` }), {
      error: "must list the protocol revisions it applies to, e.g. revisions: [2025-11-25, 2026-07-28]",
    })
    .min(1, "must list at least one protocol revision")
    .refine((list) => new Set(list).size === list.length, "lists a revision twice")
    .transform((list) => [...list].sort());

/** "all revisions", "2025-06-18 to 2026-07-28" for a contiguous run, or the list itself. */
export function describeRevisions(revisions: readonly string[]): string {
  if (revisions.length === 0) return "not stated";
  const indexes = revisions.map((r) => PROTOCOL_REVISIONS.indexOf(r as ProtocolRevision)).sort((a, b) => a - b);
  if (indexes.length === PROTOCOL_REVISIONS.length) return "all revisions";
  const contiguous = indexes.every((value, i) => i === 0 || value === indexes[i - 1]! + 1);
  if (contiguous && indexes.length > 2)
    return `${PROTOCOL_REVISIONS[indexes[0]!]} to ${PROTOCOL_REVISIONS[indexes.at(-1)!]}`;
  return indexes.map((i) => PROTOCOL_REVISIONS[i]).join(", ");
}
