// The MCP protocol revisions content can apply to, oldest first. Servers and clients of several revisions coexist,
// so every runbook step and known issue says which ones its advice holds for. No zod here: the search page's
// client code reads these names, and the schema lives in revisions-field.ts so zod stays out of its bundle.

export const PROTOCOL_REVISIONS = ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28"] as const;
export type ProtocolRevision = (typeof PROTOCOL_REVISIONS)[number];

/** The newest revision: 2026-07-28 is stateless (no initialize, no Mcp-Session-Id). */
export const LATEST_REVISION: ProtocolRevision = "2026-07-28";

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
