"use server";

import { renderStepContents } from "@/components/runbooks/render-step-contents";
import { findRunbook } from "@/lib/runbooks/find-runbook";
import {
  stepContentsRequestSchema,
  type StepContentsRequest,
  type StepContentsResult,
} from "@/lib/runbooks/step-contents-schema";
import { stepLinksForRunbook } from "@/lib/runbooks/step-links";
import { toWalkGraph } from "@/lib/runbooks/walk-graph";

/**
 * Runbook steps the walker's page did not carry: their titles and answers, and their content rendered as on the
 * page. Reads published content only and writes nothing, so it needs no session; the request is bounded by its
 * schema.
 */
export async function runbookStepContentsAction(request: StepContentsRequest): Promise<StepContentsResult> {
  const parsed = stepContentsRequestSchema.safeParse(request);
  if (!parsed.success) return { ok: false, message: "The request named no runbook steps the portal can read." };
  const { slug, version, nodeIds } = parsed.data;
  const runbook = await findRunbook(slug);
  if (!runbook) return { ok: false, message: `There is no runbook "${slug}".` };
  // The browser walks an older version: its steps may no longer match; it loads the page again instead.
  if (runbook.version !== version) return { ok: true, version: runbook.version, nodes: [], contents: {} };
  return {
    ok: true,
    version,
    nodes: toWalkGraph(runbook.definition, nodeIds).nodes,
    contents: renderStepContents(runbook, nodeIds, await stepLinksForRunbook(slug)),
  };
}
