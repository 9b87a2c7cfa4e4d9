import { expect, test } from "@playwright/test";

import { awaitRoomInWindow } from "./fixtures";

// Each test speaks from its own documentation address: the e2e server listens on loopback with no
// trusted proxy, where the portal reads the client address from X-Forwarded-For (lib/security/client-ip.ts).

test("searching past the per-IP limit answers 429 with Retry-After and a message, and the page shows it", async ({
  request,
  browser,
}) => {
  test.setTimeout(120_000);
  const headers = { "X-Forwarded-For": "203.0.113.120" };
  // The page below must land in the window the API refused in: a loaded CI once opened it a minute later.
  await awaitRoomInWindow("search", 45);
  // Every request counts, a refused one too: parameters the API refuses (400) keep the loop cheap.
  let answer = await request.get("/api/search?q=token&limit=1", { headers });
  expect(answer.status()).toBe(200);
  let sent = 1;
  while (answer.status() !== 429 && sent < 250) {
    answer = await request.get("/api/search?q=token&limit=100000", { headers });
    expect([400, 429]).toContain(answer.status());
    sent += 1;
  }
  expect(answer.status()).toBe(429);
  // 120 a minute, all in one window.
  expect(sent).toBe(121);
  const retryAfter = Number(answer.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
  const body = await answer.json();
  // A whole window left (the refusal right after awaitRoomInWindow waited for a new one) reads "1 minute".
  const wait = /Try again in (?:\d+ seconds?|1 minute)\./;
  expect(body.error).toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(wait) });

  const context = await browser.newContext({ extraHTTPHeaders: headers });
  const page = await context.newPage();
  await page.goto("/search?q=refresh+token");
  await expect(page.getByText(/You have searched very often in a short time\./)).toContainText(wait);
  await context.close();

  // Another address is not affected.
  const other = await request.get("/api/search?q=token&limit=1", { headers: { "X-Forwarded-For": "198.51.100.121" } });
  expect(other.status()).toBe(200);
});
