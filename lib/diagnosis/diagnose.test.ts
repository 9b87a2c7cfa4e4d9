import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/test-database";
import { runSearch } from "@/lib/search/run-search";
import { runSeed } from "@/lib/seed/run-seed";
import type { CompiledSignal } from "@/lib/signals/match-signals";
import { getCompiledSignals } from "@/lib/signals/signal-index";

// The six real errors of issue 11 that found nothing before graded search and signals.
const ISSUE_EXAMPLES: [string, string, RegExp][] = [
  [
    "tls: failed to verify certificate: x509: certificate signed by unknown authority",
    "network-security-issues",
    /^network-security-issues\//,
  ],
  [
    "AADSTS901002: The 'resource' request parameter is not supported.",
    "integration-security-problems",
    /^integration-security-problems\//,
  ],
  ["Invalid JWT token: The token is not yet valid (iat)", "token-expiration-issues", /check-clock-skew$/],
  ["429 Too many requests from this IP", "rate-limiting-problems", /^rate-limiting-problems\//],
  [
    "Error: Access denied - path outside allowed directories: C:\\Windows\\system32\\drivers\\etc\\hosts not in C:\\Users\\me\\projects",
    "permission-denied-errors",
    /check-allowed-directories$/,
  ],
  // The server's own validator refusing the audience: its configuration and the authorization server disagree
  // (security-configuration-errors: "an issuer or audience that does not match the tokens").
  [
    'JWTClaimValidationFailed: unexpected "aud" claim value',
    "security-configuration-errors",
    /\/inspect-token-claims$/,
  ],
];

describe.each(testEngines)("diagnosis on %s", (engine) => {
  let test: TestDatabase;
  let signals: CompiledSignal[];
  beforeAll(async () => {
    test = await createTestDatabase(engine);
    await runSeed(test.db);
    signals = await getCompiledSignals();
  });
  afterAll(() => test.close());

  const diagnose = async (q: string) => (await runSearch(test.db, { q, limit: 5 }, signals)).diagnosis;

  for (const [error, category, step] of ISSUE_EXAMPLES) {
    it(`puts ${category} first, with a starting step, for "${error.slice(0, 50)}"`, async () => {
      const diagnosis = await diagnose(error);
      expect(diagnosis?.category.slug).toBe(category);
      expect(diagnosis?.step?.ref).toMatch(step);
      expect(diagnosis?.step?.url).toMatch(/^\/runbooks\/[a-z-]+\/[a-z0-9-]+/);
    });
  }

  it("finds the error line in a pasted log of fifty lines", async () => {
    const noise = Array.from(
      { length: 49 },
      (_, i) =>
        `2026-11-30T10:00:${String(i).padStart(2, "0")}.000Z INFO [worker-${i}] processed batch ${i} in ${i * 7} ms`,
    );
    noise.splice(31, 0, "2026-11-30T10:00:31.500Z ERROR upstream: x509: certificate has expired or is not yet valid");
    const { diagnosis, hits } = await runSearch(test.db, { q: noise.join("\n"), limit: 5 }, signals);
    expect(diagnosis?.category.slug).toBe("network-security-issues");
    expect(diagnosis?.signals.map((s) => s.matched.toLowerCase())).toContain(
      "x509: certificate has expired or is not yet valid",
    );
    expect(hits.length).toBeGreaterThan(0);
  });

  it("still answers a query with one meaningful word among unknown ones", async () => {
    const { hits, diagnosis } = await runSearch(test.db, { q: "qzxv wobblefrump seccomp plorkish", limit: 5 }, signals);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.categorySlug).toBe("container-security-problems");
    expect(diagnosis?.category.slug).toBe("container-security-problems");
  });

  it("says so when it is guessing, and offers alternatives", async () => {
    const diagnosis = await diagnose("the agent is not working properly today");
    expect(diagnosis).not.toBeNull();
    expect(diagnosis!.level).toBe("low");
    expect(diagnosis!.alternatives.length).toBeGreaterThan(0);
  });

  it("gives nothing, rather than a guess, when no word is known and no signal fires", async () => {
    expect(await diagnose("qzxv wobblefrump plorkish")).toBeNull();
  });
});
