import { z } from "zod";

import { revisionsField } from "@/lib/revisions/revisions-field";
import { httpsUrlField, slugField, textField } from "@/lib/seed/content-fields";

import { RESERVED_NODE_IDS } from "./reserved-ids";

// A runbook is data: nodes with explicit edges. The same schema validates the YAML files in
// prisma/content/runbooks, the JSON stored in the database, and (later) proposed community edits.

const id = slugField(60);
const text = textField;

/** A node's or an answer's id, as URLs and requests name it. */
export const runbookIdField = id;

export const answerSchema = z.object({
  /** Stable id used in shared URLs: changing it breaks old links (they land on the nearest valid step). */
  id,
  label: text(160),
  /** A node of this runbook, or `<runbook>/<node>` in another one (see cross-links.ts). */
  next: z
    .string()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/,
      "must be a node id, or <runbook>/<node> for a step of another runbook",
    )
    .max(141),
});

export const commandSchema = z.object({
  label: text(160),
  /** Shell or language name for highlighting: bash, json, yaml, http, powershell... */
  language: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .default("bash"),
  code: text(4000),
});

export const referenceSchema = z.object({
  title: text(200),
  url: httpsUrlField(),
});

const baseNode = {
  id: id.refine(
    (value) => !(RESERVED_NODE_IDS as readonly string[]).includes(value),
    "is reserved for a route or a query key",
  ),
  title: text(160),
  /** The MCP protocol revisions this step's advice holds for. Required: advice differs between revisions. */
  revisions: revisionsField(),
  /** Markdown. */
  body: text(6000),
  references: z.array(referenceSchema).max(12).default([]),
};

export const questionNodeSchema = z.object({
  ...baseNode,
  kind: z.literal("question"),
  answers: z.array(answerSchema),
});

export const diagnosticNodeSchema = z.object({
  ...baseNode,
  kind: z.literal("diagnostic"),
  commands: z.array(commandSchema).min(1, "a diagnostic needs at least one command or inspection step").max(8),
  /** Markdown: what a healthy and an unhealthy result look like. */
  expected: text(3000),
  /** An in-browser tool offered beside the commands. */
  widget: z.enum(["token-inspector"]).optional(),
  answers: z.array(answerSchema),
});

export const resolutionNodeSchema = z.object({
  ...baseNode,
  kind: z.literal("resolution"),
  /** Markdown, one per ordered step. */
  steps: z.array(text(3000)).min(1).max(15),
  /** Markdown: how to confirm the fix worked. */
  verify: text(2000),
  /**
   * Rule 5 of issue 15: where to go when the fix did not help (an answer labelled "Didn't help…"), so that no
   * resolution leaves a person at a dead end. The graph validator requires one.
   */
  answers: z.array(answerSchema).max(3).default([]),
});

export const escalationNodeSchema = z.object({
  ...baseNode,
  kind: z.literal("escalation"),
  /** What to gather before asking for help. */
  collect: z.array(text(500)).min(1).max(15),
});

export const runbookNodeSchema = z.discriminatedUnion("kind", [
  questionNodeSchema,
  diagnosticNodeSchema,
  resolutionNodeSchema,
  escalationNodeSchema,
]);

export const runbookDefinitionSchema = z.object({
  /** The category slug this runbook belongs to. */
  category: id,
  title: text(120),
  /** Markdown, shown before the first question. */
  summary: text(1200),
  root: id,
  nodes: z.array(runbookNodeSchema).min(1),
});

export type RunbookDefinition = z.infer<typeof runbookDefinitionSchema>;
export type RunbookNode = z.infer<typeof runbookNodeSchema>;
export type RunbookAnswer = z.infer<typeof answerSchema>;
export type NodeKind = RunbookNode["kind"];
