"use client";

import { PROBE_CHECKS } from "@/lib/probe/catalog";
import type { ProbeReport } from "@/lib/probe/schemas";
import type { StepLinks } from "@/lib/probe/step-links";

import { FormError } from "@/components/ui/form-error";

import { ProbeForm } from "./probe-form";
import { ProbeResults } from "./probe-results";
import { ReportImport } from "./report-import";
import { useProbeStream } from "./use-probe-stream";

/** Probe a server from the portal and watch the checks complete, or render a report the CLI wrote. */
export function ProbeWorkbench({ links }: { links: StepLinks }) {
  const { report, setReport, error, running, start } = useProbeStream();
  function show(uploaded: ProbeReport) {
    const titles = new Map<string, string>(PROBE_CHECKS.map((c) => [c.id, c.title]));
    setReport({
      target: uploaded.target,
      startedAt: uploaded.startedAt,
      checks: uploaded.results.map((r) => ({ id: r.id, title: titles.get(r.id) ?? r.title })),
      results: uploaded.results,
      done: true,
      durationMs: uploaded.durationMs,
    });
  }
  return (
    <div className="space-y-10">
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="probe-live-heading" className="space-y-4">
          <h2 id="probe-live-heading" className="text-xl font-semibold text-slate-900 dark:text-white">
            Probe from the portal
          </h2>
          <ProbeForm running={running} onProbe={start} />
          <FormError message={error} />
        </section>
        <section aria-labelledby="probe-upload-heading" className="space-y-4">
          <h2 id="probe-upload-heading" className="text-xl font-semibold text-slate-900 dark:text-white">
            Show a CLI report
          </h2>
          <ReportImport onLoad={show} />
        </section>
      </div>
      {report ? <ProbeResults report={report} links={links} /> : null}
    </div>
  );
}
