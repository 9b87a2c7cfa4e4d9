import type { ReactNode } from "react";
import { z } from "zod";

import { runbookIdField } from "./schemas";
import type { WalkableNode } from "./walk-graph";

/**
 * The walker's request for the content of steps its page did not carry (the page sends only the step shown and
 * the steps its answers lead to). The runbook version lets the server say the browser's copy is out of date.
 */
export const stepContentsRequestSchema = z.object({
  // A runbook's slug is its category's id.
  slug: runbookIdField,
  version: z.number().int().positive(),
  // A runbook has at most a few dozen steps; the bound keeps one request from asking for thousands.
  nodeIds: z.array(runbookIdField).min(1).max(64),
});

export type StepContentsRequest = z.infer<typeof stepContentsRequestSchema>;

/**
 * The answer: each step as the walker holds it (its title and answers) with its rendered content, or, when the
 * runbook changed since the page was made, none.
 */
export type StepContentsResult =
  | { ok: true; version: number; nodes: WalkableNode[]; contents: Record<string, ReactNode> }
  | { ok: false; message: string };
