import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { SessionUser } from "@/lib/auth/roles";
import { createContribution } from "@/lib/contributions/mutations";
import { createTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/test-database";
import { rateLimitPolicies } from "@/lib/rate-limit/policies";

import { executeMutation } from "./define-mutation";

// No seed: the category named does not exist, so every attempt fails inside its transaction.
describe.each(testEngines)("rate limits of mutations on %s", (engine) => {
  let test: TestDatabase;
  let person: SessionUser;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
    const row = await test.db.user.create({ data: { name: "prober", email: "prober@test.invalid" } });
    person = { id: row.id, name: "prober", role: "CONTRIBUTOR" };
  });
  afterAll(() => test.close());

  it("counts attempts that fail inside the transaction, so failing cannot be repeated without limit", async () => {
    const attempt = () =>
      executeMutation(
        test.db,
        createContribution,
        {
          kind: "COMMON_SOLUTION",
          title: "Probe for a category that is not there",
          categorySlug: "no-such-category",
          body: "Each attempt fails after the limit was counted.",
          runbookNodes: [],
          problem: "Probing for a category that does not exist.",
          intent: "submit",
        },
        { user: person, ip: "198.51.100.23", sessionToken: null },
      );
    for (let i = 0; i < rateLimitPolicies.contributionWriteUser.limit; i++) {
      await expect(attempt()).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(attempt()).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringContaining("Try again in"),
      details: { retryAfterSeconds: expect.any(Number) },
    });
  });
});
