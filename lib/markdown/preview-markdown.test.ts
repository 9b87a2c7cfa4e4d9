import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { rateLimitPolicies } from "@/lib/rate-limit/policies";

import { previewMarkdown } from "./preview-markdown";
import { treeCacheUsage } from "./render-markdown";

describe("the Markdown preview", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase("pglite");
  });
  afterAll(() => test.close());

  it("renders without filling the cache, up to the per-IP limit, then says how long to wait", async () => {
    const before = treeCacheUsage();
    for (let i = 0; i < rateLimitPolicies.markdownPreview.limit; i++) {
      const preview = await previewMarkdown(test.db, "203.0.113.61", `Draft ${i}: **401** from the server`);
      expect(preview.ok).toBe(true);
    }
    expect(treeCacheUsage()).toEqual(before);
    expect(await previewMarkdown(test.db, "203.0.113.61", "one more")).toEqual({
      ok: false,
      message: expect.stringMatching(/many previews .* Try again in \d+ seconds?/),
    });
    expect((await previewMarkdown(test.db, "198.51.100.2", "another address")).ok).toBe(true);
  });
});
