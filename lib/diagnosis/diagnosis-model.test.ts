import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { createTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/test-database";
import { runSeed } from "@/lib/seed/run-seed";

describe.each(testEngines)("the diagnosis model on %s", (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
    await runSeed(test.db);
  });
  afterAll(() => test.close());

  it("is built once per process: a second bundle of the module (instrumentation's warm-up) shares it", async () => {
    const first = await import("./diagnosis-model");
    const model = await first.getDiagnosisModel(test.db, []);
    expect(model.pages.get("category:token-expiration-issues")?.url).toBe("/categories/token-expiration-issues");
    // A fresh copy of the module, as Next.js bundles instrumentation.ts apart from the routes.
    vi.resetModules();
    const second = await import("./diagnosis-model");
    expect(second).not.toBe(first);
    expect(await second.getDiagnosisModel(test.db, [])).toBe(model);
  });
});
