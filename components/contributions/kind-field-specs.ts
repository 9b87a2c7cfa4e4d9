import type { ContributionKind } from "@/lib/contributions/kinds";

/** How each kind's own fields appear in the form; names match lib/contributions/schemas.ts. */
export interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  control: "input" | "url" | "textarea" | "lines" | "select" | "code";
  optional?: boolean;
  options?: readonly string[];
}

export const KIND_FIELD_SPECS: Record<ContributionKind, FieldSpec[]> = {
  DIAGNOSTIC_TECHNIQUE: [
    { name: "steps", label: "Steps", hint: "One step per line: what to run or inspect.", control: "lines" },
    { name: "reveals", label: "What it reveals", hint: "What the result tells apart.", control: "textarea" },
  ],
  RESOLUTION_PROCEDURE: [
    { name: "prerequisites", label: "Prerequisites", control: "textarea", optional: true },
    { name: "steps", label: "Steps", hint: "One step per line, in order.", control: "lines" },
    { name: "verification", label: "How to verify the fix", control: "textarea" },
  ],
  COMMON_SOLUTION: [
    { name: "problem", label: "The problem", hint: "What people see when they need this.", control: "textarea" },
    { name: "appliesWhen", label: "When it applies", control: "input", optional: true },
  ],
  DIAGNOSTIC_TOOL: [
    { name: "name", label: "Tool name", control: "input" },
    { name: "homepage", label: "Homepage", hint: "An https:// address.", control: "url" },
    { name: "license", label: "License", hint: "For example Apache-2.0 or MIT.", control: "input" },
    { name: "checks", label: "What it checks", control: "textarea" },
    { name: "install", label: "How to install it", control: "textarea" },
    { name: "usage", label: "How to run it", control: "textarea" },
  ],
  KNOWN_ISSUE: [
    {
      name: "errorSignatures",
      label: "Error messages",
      hint: "The exact text people see, one per line: what search matches pasted errors against.",
      control: "lines",
    },
    { name: "severity", label: "Severity", control: "select", options: ["low", "medium", "high", "critical"] },
    {
      name: "components",
      label: "Affected components",
      hint: "One per line as kind: name and versions, e.g. sdk: MCP TypeScript SDK 1.24. Kinds: client, server, sdk, identity-provider, proxy, gateway, runtime.",
      control: "lines",
    },
    { name: "rootCause", label: "Root cause", control: "textarea" },
    { name: "resolution", label: "The fix", hint: "One step per line, in order.", control: "lines" },
    { name: "workaround", label: "Workaround", control: "textarea", optional: true },
    {
      name: "references",
      label: "References",
      hint: "Public https:// links, one per line: the SDK issue, spec section or advisory.",
      control: "lines",
    },
  ],
  RUNBOOK_CHANGE: [
    {
      name: "proposal",
      label: "Proposed steps (YAML)",
      hint: "Steps in the runbook files' format. A step with an existing id replaces it; a new id adds a step, which an answer of another step must lead to. Start from a step's “Suggest a change to this step” link to get its current text. Checked by the runbook validator when you save.",
      control: "code",
    },
    {
      name: "removeSteps",
      label: "Steps to remove",
      hint: "Step ids, one per line. No answer may still lead to a removed step.",
      control: "lines",
      optional: true,
    },
  ],
};
