import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { afterAll, describe, expect, it } from "vitest";

import { probeReportSchema } from "@/lib/probe/schemas";
import { startFixture, type Fixture } from "@/lib/probe/testing/fixture-server";
import { probeFixture } from "@/lib/probe/testing/probe-fixture";

const run = promisify(execFile);
let fixture: Fixture;
afterAll(() => fixture?.close());

describe("npm run probe", () => {
  it("prints the library's findings as JSON and exits 1 when a check fails", async () => {
    fixture = await startFixture({ s256: false });
    const failure = await run("node_modules/.bin/tsx", ["scripts/probe.ts", fixture.url, "--json"]).catch((e) => e);
    expect(failure.code).toBe(1);
    const report = probeReportSchema.parse(JSON.parse(failure.stdout));
    const library = await probeFixture(fixture);
    expect(report.results.map((r) => [r.id, r.status])).toEqual(
      Object.values(library.byId).map((r) => [r.id, r.status]),
    );
    expect(report.results.find((r) => r.id === "pkce-s256")?.step).toBe(
      "ai-agent-authentication-failures/fix-as-metadata",
    );
  });

  it("says how to call it when the URL is missing or wrong", async () => {
    const failure = await run("node_modules/.bin/tsx", ["scripts/probe.ts", "ftp://example.com"]).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/Enter the MCP server's http\(s\):\/\/ URL[\s\S]*Usage: npm run probe/);
    expect(failure.stderr).not.toMatch(/\n\s+at /);
  });
});
