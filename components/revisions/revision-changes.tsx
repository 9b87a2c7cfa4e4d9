import Link from "next/link";

import { InlineCode } from "@/components/ui/inline-code";
import type { RevisionChange } from "@/lib/revisions/changes-2026-07-28";

/** One row per change: what changed, what a person sees, and the runbook step that handles it. */
export function RevisionChanges({ changes }: { changes: RevisionChange[] }) {
  return (
    <ol className="space-y-4">
      {changes.map((item) => {
        const [runbook, node] = item.step.split("/") as [string, string];
        return (
          <li
            key={item.step + item.change}
            className="space-y-2 rounded-xl border border-slate-200 p-4 dark:border-slate-800"
          >
            <p className="font-medium text-slate-900 dark:text-white">
              <InlineCode text={item.change} />
            </p>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              <span className="font-semibold">What you see: </span>
              <InlineCode text={item.symptom} />
            </p>
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <Link
                href={`/runbooks/${runbook}/${node}`}
                className="font-medium text-sky-700 underline dark:text-sky-400"
              >
                Runbook step: {node.replace(/-/g, " ")} ({runbook.replace(/-/g, " ")})
              </Link>
              <a href={item.source} rel="noreferrer" className="text-slate-600 underline dark:text-slate-400">
                Specification
              </a>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
