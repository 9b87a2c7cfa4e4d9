import "server-only";

import { getDb } from "@/lib/db";
import { findRunbook } from "@/lib/runbooks/find-runbook";
import type { RunbookNode } from "@/lib/runbooks/schemas";

import { MCP_LIMITS } from "./limits";
import { plainLine, plainText, truncate } from "./plain-text";
import { portalUrl } from "./portal-url";

export const RUNBOOK_URI_PREFIX = "portal://runbooks/";

/** Every runbook, for resources/list. */
export async function listRunbookResources(origin: string) {
  const db = await getDb();
  const runbooks = await db.runbook.findMany({
    select: { slug: true, title: true, category: { select: { tagline: true } } },
    orderBy: { slug: "asc" },
  });
  return runbooks.map((runbook) => ({
    uri: `${RUNBOOK_URI_PREFIX}${runbook.slug}`,
    name: runbook.slug,
    title: plainLine(runbook.title),
    description: `${plainLine(runbook.category.tagline, 300)} Web: ${portalUrl(origin, `/runbooks/${runbook.slug}`)}`,
    mimeType: "text/markdown",
  }));
}

/** A whole runbook as Markdown: every step with its id, kind, text, commands and where each answer leads. */
export async function readRunbookResource(slug: string, origin: string): Promise<string | null> {
  const runbook = await findRunbook(slug);
  if (!runbook) return null;
  const { definition } = runbook;
  const parts = [
    `# ${plainLine(runbook.title)} (runbook "${slug}", version ${runbook.version})`,
    `Web: ${portalUrl(origin, `/runbooks/${slug}`)}. Walk it one step at a time with the get_runbook_step tool.`,
    plainText(definition.summary, MCP_LIMITS.body),
    `First step: \`${definition.root}\``,
    ...definition.nodes.map((node) => nodeMarkdown(node)),
  ];
  return truncate(parts.join("\n\n"), MCP_LIMITS.resource);
}

function nodeMarkdown(node: RunbookNode): string {
  const md = (text: string) => plainText(text, MCP_LIMITS.body);
  const lines = [`## ${plainLine(node.title)} (\`${node.id}\`, ${node.kind})`, md(node.body)];
  if (node.kind === "diagnostic") {
    for (const command of node.commands) {
      lines.push(
        `${plainLine(command.label)}:\n\n\`\`\`${command.language}\n${plainText(command.code, MCP_LIMITS.command).replaceAll("```", "'''")}\n\`\`\``,
      );
    }
    lines.push(`Expected: ${md(node.expected)}`);
  }
  if (node.kind === "question" || node.kind === "diagnostic") {
    lines.push(node.answers.map((a) => `- ${plainLine(a.label)} (\`${a.id}\`) → \`${a.next}\``).join("\n"));
  }
  if (node.kind === "resolution") {
    lines.push(node.steps.map((step, i) => `${i + 1}. ${md(step)}`).join("\n"), `Verify: ${md(node.verify)}`);
  }
  if (node.kind === "escalation")
    lines.push(`Collect:\n${node.collect.map((c) => `- ${plainText(c, 500)}`).join("\n")}`);
  return lines.join("\n\n");
}
