import { PROBE_CHECKS } from "./catalog";
import type { CheckResult, ProbeReport } from "./schemas";
import { stepLinkFor, type StepLinks } from "./step-links";

const MARK = { pass: "PASS", warn: "WARN", fail: "FAIL", skip: "SKIP" } as const;

/** One result as terminal lines: the verdict, the evidence of a warning or failure, and where to fix it. */
export function formatResultText(result: CheckResult, portal: string, links: StepLinks, verbose = false): string {
  const lines = [`${MARK[result.status]}  ${result.title}: ${result.summary}`];
  if (result.step) {
    const link = stepLinkFor(result.step, links, portal);
    lines.push(`      Fix: ${link.title}\n           ${link.href}`);
  }
  if (result.status === "fail" || result.status === "warn" || verbose) {
    for (const item of result.evidence.slice(0, 3)) {
      lines.push(`      ${item.label}:`);
      for (const text of [
        item.request,
        item.status,
        ...Object.entries(item.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
        item.body?.slice(0, 300),
        item.note,
      ])
        if (text)
          lines.push(
            ...text
              .split("\n")
              .slice(0, 8)
              .map((line) => `        ${line}`),
          );
    }
  }
  return lines.join("\n");
}

export function formatSummaryText(report: ProbeReport): string {
  const count = (status: CheckResult["status"]) => report.results.filter((r) => r.status === status).length;
  return `${report.target}: ${count("pass")} passed, ${count("warn")} warnings, ${count("fail")} failed, ${count("skip")} skipped in ${(report.durationMs / 1000).toFixed(1)} s (${PROBE_CHECKS.length} checks).`;
}
