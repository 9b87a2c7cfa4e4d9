import "server-only";

import { findRunbook } from "@/lib/runbooks/find-runbook";

import { PROBE_CHECKS } from "./catalog";
import { probeStepLinks, type StepLinks } from "./step-links";

/** The probe's step links from the runbooks as served (approved changes included). */
export async function findProbeStepLinks(): Promise<StepLinks> {
  const categories = [...new Set<string>(PROBE_CHECKS.map((check) => check.step.split("/")[0]!))];
  const runbooks = await Promise.all(categories.map((slug) => findRunbook(slug)));
  return probeStepLinks(runbooks.flatMap((runbook) => (runbook ? [runbook.definition] : [])));
}
