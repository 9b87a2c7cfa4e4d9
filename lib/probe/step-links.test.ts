import { describe, expect, it } from "vitest";

import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";
import { resolveWalk } from "@/lib/runbooks/walk";

import { PROBE_CHECKS } from "./catalog";
import { probeStepLinks, stepLinkFor } from "./step-links";

describe("the probe's links to runbook steps", () => {
  it("carry the answers that lead to each step, so the page opens on that step", async () => {
    const definitions = (await loadRunbookFiles()).map((file) => file.definition);
    const links = probeStepLinks(definitions);
    for (const { step } of PROBE_CHECKS) {
      const [category, nodeId] = step.split("/") as [string, string];
      const url = new URL(links[step]!.href, "http://portal.test");
      expect(url.pathname).toBe(`/runbooks/${category}/${nodeId}`);
      const definition = definitions.find((d) => d.category === category)!;
      const answers = Object.fromEntries(url.searchParams);
      expect(resolveWalk(definition, nodeId, answers).current.id, step).toBe(nodeId);
    }
    expect(stepLinkFor("ai-agent-authentication-failures/fix-401-challenge", links, "https://portal.example/")).toEqual(
      {
        title: "Return a proper 401 challenge and serve the metadata",
        href: expect.stringMatching(
          /^https:\/\/portal\.example\/runbooks\/ai-agent-authentication-failures\/fix-401-challenge\?who-runs-what=[a-z-]+&where-does-it-fail=/,
        ),
      },
    );
  });
});
