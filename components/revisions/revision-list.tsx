import { describeRevisions, PROTOCOL_REVISIONS } from "@/lib/revisions/protocol-revisions";

/** Which MCP protocol revisions a step or known issue applies to: every revision, marked yes or no. */
export function RevisionList({ revisions }: { revisions: readonly string[] }) {
  const applies = new Set(revisions);
  return (
    <p className="flex flex-wrap items-center gap-1.5 text-xs" data-testid="revisions">
      <span className="font-medium text-slate-700 dark:text-slate-300">
        MCP revisions: <span className="sr-only">{describeRevisions(revisions)}</span>
      </span>
      {PROTOCOL_REVISIONS.map((revision) =>
        applies.has(revision) ? (
          <span
            key={revision}
            aria-hidden="true"
            className="rounded bg-emerald-100 px-1.5 py-0.5 font-mono text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200"
          >
            {revision}
          </span>
        ) : (
          <span
            key={revision}
            aria-hidden="true"
            className="rounded px-1.5 py-0.5 font-mono text-slate-600 line-through dark:text-slate-400"
          >
            {revision}
          </span>
        ),
      )}
    </p>
  );
}
