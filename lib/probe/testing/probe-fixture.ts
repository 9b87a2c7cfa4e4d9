import type { NetworkPolicy } from "../net/network-policy";
import { probeReport } from "../run-probe";
import type { CheckResult } from "../schemas";
import type { Fixture } from "./fixture-server";

export interface FixtureProbe {
  byId: Record<string, CheckResult>;
  problems: CheckResult[];
}

/** Probes a fixture as the CLI would; results by check id, and the warnings and failures. */
export async function probeFixture(
  fixture: Fixture,
  options: { token?: string; origin?: string; ca?: string; policy?: NetworkPolicy } = {},
): Promise<FixtureProbe> {
  const report = await probeReport(fixture.url, {
    token: options.token,
    origin: options.origin,
    limits: { policy: options.policy ?? { mode: "cli" }, ca: options.ca, maxBytes: 262_144, timeoutMs: 5000 },
  });
  return {
    byId: Object.fromEntries(report.results.map((r) => [r.id, r])),
    problems: report.results.filter((r) => r.status === "fail" || r.status === "warn"),
  };
}
