import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { executeMutation } from "@/lib/mutations/define-mutation";
import { counterKey } from "@/lib/rate-limit/consume-rate-limit";
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

  it("counts its limits without opening a transaction around nothing", async () => {
    let transactions = 0;
    const counting = new Proxy(test.db, {
      get(target, property, receiver) {
        if (property === "$transaction") transactions++;
        return Reflect.get(target, property, receiver);
      },
    });
    const context = { user: null, ip: "198.51.100.40", sessionToken: null };
    await expect(
      executeMutation(counting, startProbe, { url: "https://mcp.example.com/mcp" }, context),
    ).resolves.toEqual({
      url: "https://mcp.example.com/mcp",
    });
    expect(transactions).toBe(0);
    const counted = await test.db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM "RateLimitCounter" WHERE key = ${counterKey("probeIp", context.ip)}`;
    expect(counted[0]!.count).toBe(1);
  });

  it("refuses a URL that is not http(s) before counting it", async () => {
    await expect(run({ url: "file:///etc/passwd" }, "198.51.100.30")).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
