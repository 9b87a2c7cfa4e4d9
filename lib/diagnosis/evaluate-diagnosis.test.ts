import { describe, expect, it } from "vitest";

import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";

import { answerTargets } from "./evaluate-diagnosis";

describe("answerTargets (the near-step measure's graph)", async () => {
  const runbooks = (await loadRunbookFiles()).map((r) => ({ slug: r.definition.category, definition: r.definition }));
  const targets = answerTargets(runbooks);

  it("leads from a diagnostic to the steps its answers name, in its own runbook", () => {
    expect([...targets.get("token-expiration-issues/inspect-access-token")!].sort()).toEqual([
      "token-expiration-issues/check-clock-skew",
      "token-expiration-issues/check-refresh-response",
      "token-expiration-issues/check-refresh-token-issued",
    ]);
  });

  it("leads across runbooks to the step a cross-linked answer names", () => {
    const targetsOfCheck = targets.get("role-assignment-problems/where-is-role-checked")!;
    expect(targetsOfCheck).toContain("permission-denied-errors/check-tool-call-error");
    expect(targetsOfCheck).toContain("role-assignment-problems/fix-fail-closed-tools");
  });

  it("leads nowhere from an escalation, which has no answers", () => {
    expect(targets.get("token-expiration-issues/escalate")).toEqual(new Set());
  });
});
