import { describe, expect, it } from "vitest";

import { renderTranscript } from "./render-transcript";
import { fixtureRunbook } from "./test-fixture";
import { resolveWalk } from "./walk";

describe("renderTranscript", () => {
  const walk = resolveWalk(fixtureRunbook(), "refresh", { start: "token", inspect: "expired" });
  const markdown = renderTranscript({
    title: "Fixture runbook",
    version: 4,
    date: new Date("2026-11-25T10:00:00Z"),
    trail: walk.trail,
    current: walk.current,
    shareUrl: "https://portal.example/runbooks/token-expiration-issues/refresh?start=token&inspect=expired&v=4",
  });

  it("names the runbook, version, date and share link", () => {
    expect(markdown).toContain("# Fixture runbook (version 4)");
    expect(markdown).toContain("- Date: 2026-11-25T10:00:00.000Z");
    expect(markdown).toContain(
      "- Link: https://portal.example/runbooks/token-expiration-issues/refresh?start=token&inspect=expired&v=4",
    );
  });

  it("lists each question with the answer chosen and the diagnostic commands shown", () => {
    expect(markdown).toContain("1. **What fails?**\n   - Answer: The token is rejected");
    expect(markdown).toContain("2. **Inspect the token** (diagnostic)");
    expect(markdown).toContain(
      '      ```bash\n      : "${TOKEN:?set TOKEN}"\n      jq -R \'split(".")\' <<<"$TOKEN"\n      ```',
    );
    expect(markdown).toContain("   - Answer: `exp` is in the past");
  });

  it("ends with the resolution, its ordered steps and how to verify", () => {
    expect(markdown).toContain("## Resolution: Refresh before expiry");
    expect(markdown).toContain("1. Refresh 60 s early.\n2. Store the rotated refresh token.");
    expect(markdown).toContain("### Verify\n\nRun for two hours.");
    expect(markdown.endsWith("\n")).toBe(true);
  });

  it("fences code that itself contains backticks with a longer fence", () => {
    const runbook = fixtureRunbook();
    const inspect = runbook.nodes.find((n) => n.id === "inspect");
    if (inspect?.kind !== "diagnostic") throw new Error("fixture changed");
    inspect.commands[0]!.code = "echo '```'";
    const w = resolveWalk(runbook, "inspect", { start: "token" });
    const text = renderTranscript({
      title: "t",
      version: 1,
      date: new Date(0),
      trail: w.trail,
      current: w.current,
      shareUrl: "u",
    });
    expect(text).toContain("````bash\necho '```'\n````");
  });
});
