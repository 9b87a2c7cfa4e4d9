import type { CheckResult } from "@/lib/probe/schemas";
import { stepLinkFor, type StepLinks } from "@/lib/probe/step-links";

import { CheckItem } from "./check-item";
import { CopyMarkdown } from "./copy-markdown";

export interface ReportView {
  target: string;
  startedAt: string;
  checks: { id: string; title: string }[];
  results: CheckResult[];
  done: boolean;
  durationMs?: number;
}

/** The checks in order, each pending until its result arrives; counts and "Copy as Markdown" when done. */
export function ProbeResults({ report, links }: { report: ReportView; links: StepLinks }) {
  const byId = new Map(report.results.map((r) => [r.id, r]));
  const count = (status: CheckResult["status"]) => report.results.filter((r) => r.status === status).length;
  return (
    <section aria-labelledby="probe-results-heading" className="space-y-3">
      <h2 id="probe-results-heading" className="text-xl font-semibold text-slate-900 dark:text-white">
        Results for <span className="break-all">{report.target}</span>
      </h2>
      <p role="status" aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
        {report.done
          ? `Done: ${count("pass")} passed, ${count("warn")} warnings, ${count("fail")} failed, ${count("skip")} skipped${report.durationMs !== undefined ? ` in ${(report.durationMs / 1000).toFixed(1)} s` : ""}.`
          : `Running: ${report.results.length} of ${report.checks.length} checks done…`}
      </p>
      {report.done ? <CopyMarkdown report={report} links={links} /> : null}
      <ol className="divide-y divide-slate-200 dark:divide-slate-800">
        {report.checks.map((check) => (
          <CheckItem
            key={check.id}
            title={check.title}
            result={byId.get(check.id) ?? null}
            fix={byId.get(check.id)?.step ? stepLinkFor(byId.get(check.id)!.step!, links) : null}
          />
        ))}
      </ol>
    </section>
  );
}
