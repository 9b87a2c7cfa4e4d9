import type { CheckResult, ProbeReport } from "./schemas";
import { stepLinkFor, type StepLinks } from "./step-links";

const ICON = { pass: "✅ pass", warn: "⚠️ warn", fail: "❌ fail", skip: "⏭️ skip" } as const;

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The report for an incident ticket: a table of every check, then the evidence of each problem. */
export function formatReportMarkdown(
  report: Pick<ProbeReport, "target" | "startedAt" | "results">,
  portal: string,
  links: StepLinks,
): string {
  const lines = [
    `## MCP server probe: ${report.target}`,
    "",
    `Run ${report.startedAt}. Tokens and secrets are redacted.`,
    "",
    "| Check | Result | Finding | Fix |",
    "| --- | --- | --- | --- |",
    ...report.results.map(
      (r) =>
        `| ${cell(r.title)} | ${ICON[r.status]} | ${cell(r.summary)} | ${r.step ? `[${cell(stepLinkFor(r.step, links).title)}](${stepLinkFor(r.step, links, portal).href})` : ""} |`,
    ),
  ];
  for (const result of report.results.filter((r) => r.status === "fail" || r.status === "warn")) {
    lines.push("", `### ${result.title}`, "", result.summary);
    for (const item of result.evidence.slice(0, 3))
      lines.push("", `${item.label}:`, "", "```", evidenceText(item), "```");
  }
  return lines.join("\n") + "\n";
}

function evidenceText(item: CheckResult["evidence"][number]): string {
  const headers = Object.entries(item.headers ?? {}).map(([k, v]) => `${k}: ${v}`);
  return [item.request, item.status, ...headers, item.body?.slice(0, 600), item.note]
    .filter(Boolean)
    .join("\n")
    .replace(/```/g, "'''");
}
