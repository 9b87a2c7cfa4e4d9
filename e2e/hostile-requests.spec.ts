import { expect, test } from "@playwright/test";

import { signIn, unique } from "./contribution-helpers";
import { MALFORMED_PATHS, NUL_PATHS } from "./hostile-cases";

// Requests an attacker or a broken client sends from outside. None may answer 5xx: a NUL byte or a malformed
// percent-encoding is the caller's mistake, answered with a 400 or 404 that says so.

for (const path of [...NUL_PATHS, ...MALFORMED_PATHS]) {
  test(`GET ${path} is refused as the caller's mistake (400 or 404), never a server error`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([400, 404]).toContain(response.status());
  });
}

test("a NUL byte in the search page's query is shown as a mistake to fix, not a server error", async ({ page }) => {
  const response = await page.goto("/search?q=%00");
  expect(response!.status()).toBeLessThan(500);
  await expect(page.getByText(/contains a control character/)).toBeVisible();
});

test("PUT /api/contributions/%ZZ is refused as the caller's mistake, never a server error", async ({ request }) => {
  const response = await request.put("/api/contributions/%ZZ", { data: {} });
  expect([400, 401, 404]).toContain(response.status());
});

test("a NUL byte in any field of a JSON contribution is a 400 naming the field", async ({ page }) => {
  await signIn(page, `Nul ${unique()}`, "Contributor");
  const valid = {
    kind: "KNOWN_ISSUE",
    title: `Token refresh fails with a NUL ${unique()}`,
    categorySlug: "token-expiration-issues",
    body: "The client sends an expired refresh token and the server answers invalid_grant without a hint.",
    errorSignatures: ["invalid_grant: refresh token expired"],
    severity: "medium",
    components: ["sdk: MCP TypeScript SDK 1.24"],
    rootCause: "The SDK caches the refresh token beyond its lifetime.",
    resolution: ["Upgrade the SDK to 1.25 or later."],
    references: ["https://example.org/issue/1"],
  };
  for (const [field, value] of Object.entries(valid)) {
    const poisoned = Array.isArray(value) ? [`${value[0]}\u0000`] : `${value}\u0000`;
    const response = await page.request.post("/api/contributions", { data: { ...valid, [field]: poisoned } });
    expect(response.status(), field).toBe(400);
    const { error } = await response.json();
    expect(error.code, field).toBe("BAD_REQUEST");
  }
});

test("the outcomes route answers a body that claims to be multipart but is not with a 400, not a 500", async ({
  request,
}) => {
  const response = await request.post("/api/runbooks/token-expiration-issues/outcomes", {
    headers: { "Content-Type": "multipart/form-data; boundary=nothing" },
    data: "this is not multipart",
    maxRedirects: 0,
  });
  expect(response.status()).toBe(400);
  // The header says multipart; a parameter merely mentioning the form encoding must not make it one.
  const disguised = await request.post("/api/runbooks/token-expiration-issues/outcomes", {
    headers: { "Content-Type": "multipart/form-data; x=application/x-www-form-urlencoded" },
    data: "nodeId=x&fixed=yes",
    maxRedirects: 0,
  });
  expect(disguised.status()).toBe(400);
  expect((await disguised.json()).error.code).toBe("BAD_REQUEST");
  const form = await request.post("/api/runbooks/token-expiration-issues/outcomes", {
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    data: "%E0%A4%A=%%",
    maxRedirects: 0,
  });
  expect(form.status()).toBeLessThan(500);
});

test("next-auth's POST endpoints answer a malformed or oversized body with a 4xx, never a 500", async ({ request }) => {
  for (const path of ["/api/auth/signin/email", "/api/auth/signout"]) {
    const malformed = await request.post(path, {
      headers: { "Content-Type": "application/json" },
      data: '{"email":',
      maxRedirects: 0,
    });
    expect(malformed.status(), path).toBe(400);
    const oversized = await request.post(path, {
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      data: `email=${"a".repeat(64 * 1024)}`,
      maxRedirects: 0,
    });
    expect(oversized.status(), path).toBe(413);
  }
});

test("a form post (server action) from another origin is refused with a 403, not Next.js's 500", async ({
  request,
}) => {
  // The unfiltered known-issue list is rewritten without the proxy, except for posts (next.config.ts, proxy.ts).
  for (const path of ["/sign-in", "/known-issues"]) {
    const response = await request.post(path, {
      headers: { Origin: "https://evil.example", "Next-Action": "0".repeat(42), "Content-Type": "text/plain" },
      data: "[]",
      maxRedirects: 0,
    });
    expect(response.status(), path).toBe(403);
    expect((await response.json()).error.code, path).toBe("FORBIDDEN");
  }
});
