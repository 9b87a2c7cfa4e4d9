import { createTransport } from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/test-database";
import { rateLimitPolicies } from "@/lib/rate-limit/policies";

import { sendSignInEmail } from "./send-sign-in-email";

describe.each(testEngines)("sign-in emails on %s", (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
  });
  afterAll(() => test.close());

  it("sends at most the policy's number per address, whatever its case, then refuses with the wait", async () => {
    // nodemailer's JSON transport builds the real message without a mail server.
    const transport = createTransport({ jsonTransport: true });
    const sent: string[] = [];
    const mailer = {
      sendMail: async (message: Parameters<typeof transport.sendMail>[0]) => {
        const info = await transport.sendMail(message);
        sent.push((JSON.parse(info.message) as { to: { address: string }[] }).to[0]!.address);
        return info;
      },
    };
    const url = "https://portal.example/api/auth/callback/email?token=t";
    const send = (identifier: string) =>
      sendSignInEmail(test.db, mailer, { identifier, url, from: "portal@example.org" });
    const { limit } = rateLimitPolicies.signInEmail;
    for (let i = 0; i < limit; i++) await send(i % 2 ? "Ada@Example.org" : "ada@example.org");
    await expect(send("ADA@example.org")).rejects.toMatchObject({
      code: "RATE_LIMITED",
      details: { retryAfterSeconds: expect.any(Number) },
    });
    await send("grace@example.org");
    expect(sent).toEqual([
      ...Array.from({ length: limit }, (_, i) => (i % 2 ? "Ada@Example.org" : "ada@example.org")),
      "grace@example.org",
    ]);
  });
});
