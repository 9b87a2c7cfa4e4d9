import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { executeMutation } from "@/lib/mutations/define-mutation";
import { rateLimitPolicies } from "@/lib/rate-limit/policies";

import { startProbe } from "./start-probe";

describe("starting a probe from the portal", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase("pglite");
  });
  afterAll(() => test.close());

  const run = (input: unknown, ip = "203.0.113.9") =>
    executeMutation(test.db, startProbe, input, { user: null, ip, sessionToken: null });

  it("is refused with a wait once an IP has started its share of probes", async () => {
    for (let i = 0; i < rateLimitPolicies.probeIp.limit; i++) await run({ url: "https://mcp.example.com/mcp" });
    await expect(run({ url: "https://mcp.example.com/mcp" })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/started several probes from this network.*Try again in/),
    });
    await expect(run({ url: "https://mcp.example.com/mcp" }, "198.51.100.20")).resolves.toBeDefined();
  });

  it("refuses a URL that is not http(s) before counting it", async () => {
    await expect(run({ url: "file:///etc/passwd" }, "198.51.100.30")).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
