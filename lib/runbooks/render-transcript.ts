import type { RunbookNode } from "./schemas";
import type { TrailStep } from "./walk";

export interface TranscriptInput {
  title: string;
  version: number;
  date: Date;
  trail: TrailStep[];
  current: RunbookNode;
  shareUrl: string;
}

/** Markdown for an incident ticket: what was asked, what was answered, what was run, and the fix. */
export function renderTranscript({ title, version, date, trail, current, shareUrl }: TranscriptInput): string {
  const lines = [
    `# ${title} (version ${version})`,
    "",
    `- Date: ${date.toISOString()}`,
    `- Link: ${shareUrl}`,
    "",
    "## Steps",
    "",
  ];
  trail.forEach(({ node, answer }, index) => {
    lines.push(`${index + 1}. **${node.title}**${node.kind === "diagnostic" ? " (diagnostic)" : ""}`);
    if (node.kind === "diagnostic") {
      for (const command of node.commands) {
        lines.push(`   - ${command.label}:`, "", indent(fence(command.code, command.language), 6), "");
      }
    }
    lines.push(`   - Answer: ${answer.label}`);
  });
  lines.push("", `## ${kindHeading(current)}: ${current.title}`, "", current.body.trim(), "");
  if (current.kind === "resolution") {
    current.steps.forEach((step, index) => lines.push(`${index + 1}. ${indent(step.trim(), 3).trimStart()}`));
    lines.push("", "### Verify", "", current.verify.trim(), "");
  } else if (current.kind === "escalation") {
    lines.push("Collect:", "", ...current.collect.map((item) => `- ${item}`), "");
  } else if (current.kind === "diagnostic") {
    for (const command of current.commands)
      lines.push(`${command.label}:`, "", fence(command.code, command.language), "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

function kindHeading(node: RunbookNode): string {
  return {
    question: "Current question",
    diagnostic: "Current diagnostic",
    resolution: "Resolution",
    escalation: "Escalation",
  }[node.kind];
}

function fence(code: string, language: string): string {
  const longestRun = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = "`".repeat(longestRun + 1);
  return `${ticks}${language}\n${code.trimEnd()}\n${ticks}`;
}

function indent(text: string, spaces: number): string {
  const pad = " ".repeat(spaces);
  return text
    .split("\n")
    .map((line) => (line ? pad + line : line))
    .join("\n");
}
