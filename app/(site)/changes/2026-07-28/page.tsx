import type { Metadata } from "next";

import { RevisionChanges } from "@/components/revisions/revision-changes";
import { CHANGES_2026_07_28 } from "@/lib/revisions/changes-2026-07-28";

export const metadata: Metadata = { title: "What changed in MCP 2026-07-28, for troubleshooters" };

export default function Changes20260728Page() {
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-slate-900 dark:text-white">
          What changed in MCP 2026-07-28, for troubleshooters
        </h1>
        <p className="text-slate-600 dark:text-slate-400">
          Revision 2026-07-28 makes MCP stateless: no <code>initialize</code>, no sessions, new required headers, and
          stricter authorization. Clients and servers of both revisions will run side by side for a long time, and a
          mismatch between them is now a common failure. Each change below lists what you see when one side has not
          caught up, and the runbook step that sorts it out. Every runbook step and known issue on this site says which
          revisions it applies to.
        </p>
      </header>
      <RevisionChanges changes={CHANGES_2026_07_28} />
    </div>
  );
}
