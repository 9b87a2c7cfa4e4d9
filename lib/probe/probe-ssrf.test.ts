import { afterAll, describe, expect, it } from "vitest";

import { probeReport } from "./run-probe";
import { startFixture, type Fixture } from "./testing/fixture-server";

// A deployed portal probes public addresses only. The test lets exactly one loopback address:port stand
// in for a public server; everything else on loopback counts as private, as it would in production.

const open: Fixture[] = [];
afterAll(async () => {
  await Promise.all(open.map((f) => f.close()));
});

describe("the deployed portal's probe", () => {
  it("refuses to follow a redirect to a private address, and never connects there", async () => {
    const inside = await startFixture();
    const outside = await startFixture({
      metadataRedirect: `${inside.origin}/.well-known/oauth-protected-resource/mcp`,
    });
    open.push(inside, outside);
    const port = new URL(outside.origin).port;
    const report = await probeReport(outside.url, {
      limits: {
        policy: { mode: "public-only", allow: new Set([`127.0.0.1:${port}`]) },
        maxBytes: 65_536,
        timeoutMs: 3000,
      },
    });
    const metadata = report.results.find((r) => r.id === "resource-metadata")!;
    expect(metadata.status).toBe("fail");
    expect(metadata.evidence.map((e) => e.note).join("\n")).toMatch(
      /Refused to probe 127\.0\.0\.1: a loopback address/,
    );
    expect(inside.hits).toEqual([]);
  });

  it("refuses a private target before sending anything", async () => {
    const inside = await startFixture();
    open.push(inside);
    const report = await probeReport(inside.url, {
      limits: { policy: { mode: "public-only" }, maxBytes: 65_536, timeoutMs: 3000 },
    });
    expect(report.results[0]).toMatchObject({ id: "dns", status: "skip" });
    expect(report.results[0]!.summary).toMatch(/Refused to probe 127\.0\.0\.1: a loopback address/);
    expect(inside.hits).toEqual([]);
  });
});
