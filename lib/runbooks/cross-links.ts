// An answer leads to a step of the same runbook (`fix-cors`) or, across runbooks, to `<runbook>/<node>`
// (`security-control-bottlenecks/fix-waf-skip-rules`): the runbook that owns a condition handles it, instead of
// an escalation in the runbook that happened to meet it.

export interface CrossLink {
  runbook: string;
  node: string;
}

/** The runbook and node of a cross-runbook target; null for a step of the same runbook. */
export function crossLinkOf(next: string): CrossLink | null {
  const slash = next.indexOf("/");
  return slash === -1 ? null : { runbook: next.slice(0, slash), node: next.slice(slash + 1) };
}

export const isCrossLink = (next: string) => next.includes("/");
