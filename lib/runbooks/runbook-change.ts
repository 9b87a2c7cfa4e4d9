import { parse, stringify } from "yaml";
import { z } from "zod";

import { plainString } from "@/lib/validation/text";

import { runbookNodeSchema, type RunbookDefinition, type RunbookNode } from "./schemas";
import { validateRunbookGraph } from "./validate-graph";

// A runbook change is a list of steps in the runbook files' own YAML: a step whose id exists replaces
// it, a new id adds a step, and named steps are removed. Applying one always ends with the same graph
// validator the versioned files pass, so an approved change can never leave a runbook nobody can walk.

export const RUNBOOK_CHANGE_LIMITS = { steps: 10, proposalChars: 30_000, removals: 10 } as const;

export interface RunbookChange {
  nodes: RunbookNode[];
  remove: string[];
}

type Parsed = { ok: true; nodes: RunbookNode[] } | { ok: false; message: string };

// Verdicts by proposal text. Every save validates a proposal twice (schema, then the runbook check) and
// the moderation queue re-reads every pending change on each load: the YAML of a given text is parsed
// once. Bounded by entries (each key is at most RUNBOOK_CHANGE_LIMITS.proposalChars characters); the
// oldest verdict goes first. Verdicts are frozen: callers share them.
const verdicts = new Map<string, Parsed>();
const VERDICT_LIMIT = 200;

/** The proposal text as steps, or one message that says where it is wrong (line, step, field). */
export function parseProposedSteps(text: string): Parsed {
  const known = verdicts.get(text);
  if (known) return known;
  const verdict = deepFreeze(parseOnce(text));
  if (verdicts.size >= VERDICT_LIMIT) verdicts.delete(verdicts.keys().next().value!);
  verdicts.set(text, verdict);
  return verdict;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function parseOnce(text: string): Parsed {
  if (text.length > RUNBOOK_CHANGE_LIMITS.proposalChars) {
    return {
      ok: false,
      message: `The proposed steps can be at most ${RUNBOOK_CHANGE_LIMITS.proposalChars} characters.`,
    };
  }
  let data: unknown;
  try {
    // A low alias limit: a YAML "billion laughs" is refused instead of expanded.
    data = parse(text, { maxAliasCount: 20 });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, message: `The proposed steps are not valid YAML: ${message}` };
  }
  const items = Array.isArray(data) ? data : data && typeof data === "object" ? [data] : null;
  if (!items || items.length === 0) {
    return { ok: false, message: "Write the steps as YAML: a list of steps in the runbook files' format." };
  }
  if (items.length > RUNBOOK_CHANGE_LIMITS.steps) {
    return { ok: false, message: `Propose at most ${RUNBOOK_CHANGE_LIMITS.steps} steps in one change.` };
  }
  const nodes: RunbookNode[] = [];
  const problems: string[] = [];
  items.forEach((item, index) => {
    const result = runbookNodeSchema.safeParse(item);
    const id = item && typeof item === "object" && "id" in item ? String(item.id) : null;
    const where = `Step ${index + 1}${id ? ` ("${id}")` : ""}`;
    if (result.success) nodes.push(result.data);
    else {
      for (const issue of result.error.issues.slice(0, 3)) {
        problems.push(`${where}: ${issue.path.length ? `${issue.path.join(".")} ` : ""}${issue.message}`);
      }
    }
  });
  const ids = nodes.map((node) => node.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) problems.push(`Step "${duplicate}" appears twice: propose each step once.`);
  return problems.length > 0 ? { ok: false, message: problems.slice(0, 6).join(" ") } : { ok: true, nodes };
}

/** The fields a runbook change contribution stores: the proposal as written, and steps to remove. */
export const runbookChangeFieldsSchema = z.object({
  proposal: plainString("The proposed steps", "Write the proposed steps.")
    .trim()
    .min(1, "Write the proposed steps.")
    .max(
      RUNBOOK_CHANGE_LIMITS.proposalChars,
      `The proposed steps can be at most ${RUNBOOK_CHANGE_LIMITS.proposalChars} characters.`,
    )
    .superRefine((text, ctx) => {
      // zod runs refinements even after `max` failed: the size is checked before any YAML is parsed.
      if (text.length > RUNBOOK_CHANGE_LIMITS.proposalChars) return;
      const parsed = parseProposedSteps(text);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
    }),
  removeSteps: z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(/[\s,]+/)
            .map((id) => id.trim())
            .filter(Boolean)
        : (value ?? []),
    z
      .array(
        z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Name each step to remove by its id, e.g. check-token-expiry."),
      )
      .max(RUNBOOK_CHANGE_LIMITS.removals, `Remove at most ${RUNBOOK_CHANGE_LIMITS.removals} steps in one change.`),
  ),
});

export type RunbookChangeFields = z.infer<typeof runbookChangeFieldsSchema>;

export function changeFromFields(fields: RunbookChangeFields): RunbookChange {
  const parsed = parseProposedSteps(fields.proposal);
  if (!parsed.ok) throw new Error(`A stored runbook change does not parse: ${parsed.message}`);
  return { nodes: parsed.nodes, remove: fields.removeSteps };
}

export type StepChange = { id: string; action: "added" | "changed" | "removed"; before: string; after: string };

export interface AppliedChange {
  definition: RunbookDefinition;
  steps: StepChange[];
  /** Empty when the change applies cleanly and the result passes the runbook validator. */
  problems: string[];
  /** The runbook already is what the change asks for: every proposed step as is, every removed step gone. */
  contained: boolean;
}

/** A step's fields in the order the runbook files use, whatever order it was written in. */
function canonicalStep(node: RunbookNode) {
  const { id, kind, title, body, ...rest } = runbookNodeSchema.parse(node);
  return { id, kind, title, body, ...rest };
}

/** A step as YAML in canonical field order: what diffs compare. */
export const stepAsYaml = (node: RunbookNode) => stringify(canonicalStep(node), { lineWidth: 0 });

/** The change applied to a runbook: the new definition, what happened to each step, and what is wrong. */
export function applyRunbookChange(definition: RunbookDefinition, change: RunbookChange): AppliedChange {
  const problems: string[] = [];
  const steps: StepChange[] = [];
  const current = new Map(definition.nodes.map((node) => [node.id, node]));
  const proposed = new Map(change.nodes.map((node) => [node.id, node]));
  for (const id of change.remove) {
    if (!current.has(id)) problems.push(`Cannot remove "${id}": the runbook has no such step.`);
    else if (id === definition.root) problems.push(`Cannot remove "${id}": it is where the runbook starts.`);
    else if (proposed.has(id)) problems.push(`"${id}" is both proposed and removed: choose one.`);
    else steps.push({ id, action: "removed", before: stepAsYaml(current.get(id)!), after: "" });
  }
  const nodes = definition.nodes
    .filter((node) => !change.remove.includes(node.id))
    .map((node) => proposed.get(node.id) ?? node);
  let allProposedAsIs = true;
  for (const node of change.nodes) {
    const existing = current.get(node.id);
    const after = stepAsYaml(node);
    const before = existing ? stepAsYaml(existing) : "";
    if (!existing) nodes.push(node);
    if (before !== after) {
      allProposedAsIs = false;
      steps.push({ id: node.id, action: existing ? "changed" : "added", before, after });
    }
  }
  const contained = allProposedAsIs && change.remove.every((id) => !current.has(id));
  const next = { ...definition, nodes };
  if (contained && problems.length === 0) {
    problems.push("The proposal changes nothing: every step is the same as in the current runbook.");
  }
  for (const problem of validateRunbookGraph(next)) {
    problems.push(`${problem.nodeId ? `Step "${problem.nodeId}": ` : ""}${problem.reason}.`);
  }
  return { definition: next, steps, problems, contained };
}

/**
 * The served runbook: the file's definition with the approved changes applied in the order they were
 * approved. A change already contained in it (copied into the file) adds nothing and is not an error;
 * one that no longer applies (the file changed under it) is skipped and reported.
 */
export function foldRunbookChanges(source: RunbookDefinition, changes: { id: string; change: RunbookChange }[]) {
  let definition = source;
  const skipped: { id: string; problems: string[] }[] = [];
  for (const { id, change } of changes) {
    const applied = applyRunbookChange(definition, change);
    if (applied.contained) continue;
    if (applied.problems.length > 0) skipped.push({ id, problems: applied.problems });
    else definition = applied.definition;
  }
  return { definition, skipped };
}

/** A starting point for a proposal: the step as the runbook has it now, in the format the form takes. */
export function proposalTemplate(definition: RunbookDefinition, nodeId: string): string | null {
  const node = definition.nodes.find((candidate) => candidate.id === nodeId);
  return node ? stringify([canonicalStep(node)], { lineWidth: 0 }) : null;
}
