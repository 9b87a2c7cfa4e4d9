import { expect, test } from "@playwright/test";

import { signIn, unique } from "./contribution-helpers";

// The API reads a body only for a caller allowed to send it, and never more of it than a form needs.

test("an unauthenticated POST to /api/contributions is refused with 401 before its body is read", async ({
  request,
}) => {
  // Not even valid JSON: a 401 (not a 400 about the JSON) shows the body was never looked at.
  const broken = await request.post("/api/contributions", {
    headers: { "Content-Type": "application/json" },
    data: "{",
  });
  expect(broken.status()).toBe(401);
  const big = await request.post("/api/contributions", {
    headers: { "Content-Type": "application/json" },
    data: `{"title":"${"x".repeat(8 * 1024 * 1024)}"}`,
  });
  expect(big.status()).toBe(401);
  expect((await big.json()).error.code).toBe("UNAUTHENTICATED");
});

test("a signed-in JSON body over the limit answers 413 with a JSON error, declared or streamed", async ({
  page,
  baseURL,
}) => {
  await signIn(page, `Big ${unique()}`, "Contributor");
  const declared = await page.request.post("/api/contributions", {
    headers: { "Content-Type": "application/json" },
    data: `{"kind":"COMMON_SOLUTION","body":"${"x".repeat(1024 * 1024)}"}`,
  });
  expect(declared.status()).toBe(413);
  const { error } = await declared.json();
  expect(error.code).toBe("PAYLOAD_TOO_LARGE");
  expect(error.message).toMatch(/larger than 512 KB/);

  // No Content-Length (chunked): the server must stop reading at the limit, not at the end.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ === 0) return controller.enqueue(new TextEncoder().encode('{"body":"'));
      if (sent > 4096) return controller.close();
      controller.enqueue(new Uint8Array(16 * 1024).fill(0x61));
    },
  });
  const streamed = await fetch(`${baseURL}/api/contributions`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie },
    body,
    duplex: "half",
  } as RequestInit);
  expect(streamed.status).toBe(413);
  expect(sent).toBeLessThan(4096);
});

test("the probe refuses a body over its limit with 413, declared or streamed, and stops reading", async ({
  request,
  baseURL,
}) => {
  const declared = await request.post("/api/probe", {
    headers: { "Content-Type": "application/json" },
    data: `{"url":"https://example.org/mcp","token":"${"x".repeat(64 * 1024)}"}`,
  });
  expect(declared.status()).toBe(413);
  expect((await declared.json()).error.code).toBe("PAYLOAD_TOO_LARGE");

  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ === 0) return controller.enqueue(new TextEncoder().encode('{"token":"'));
      if (sent > 4096) return controller.close();
      controller.enqueue(new Uint8Array(16 * 1024).fill(0x61));
    },
  });
  const streamed = await fetch(`${baseURL}/api/probe`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body,
    duplex: "half",
  } as RequestInit);
  expect(streamed.status).toBe(413);
  expect(sent).toBeLessThan(4096);
});

test("the outcomes route refuses an oversized body with 413, form post or JSON", async ({ request }) => {
  const url = "/api/runbooks/token-expiration-issues/outcomes";
  const form = await request.post(url, {
    form: { nodeId: "x", version: "1", fixed: "yes", returnTo: "x".repeat(64 * 1024) },
    maxRedirects: 0,
  });
  expect(form.status()).toBe(413);
  const json = await request.post(url, { data: { nodeId: "x", padding: "x".repeat(64 * 1024) } });
  expect(json.status()).toBe(413);
  expect((await json.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
});
