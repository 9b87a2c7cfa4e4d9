import { expect, test } from "@playwright/test";

const DOWN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

// The README promises a Content-Security-Policy and the hardening headers on every response: pages, JSON,
// errors, redirects and the proxy's own refusals.
const RESPONSES: { name: string; method?: "GET" | "POST"; url: string; data?: unknown }[] = [
  { name: "a page", url: "/" },
  { name: "a missing page", url: "/categories/no-such-category" },
  { name: "the search API", url: "/api/search?q=token" },
  { name: "the runbook API", url: "/api/runbooks/token-expiration-issues" },
  { name: "an API 404", url: "/api/runbooks/no-such-runbook" },
  { name: "an API 400", url: "/api/search?limit=x" },
  { name: "the health check", url: "/api/health" },
  { name: "the proxy's 400 for a malformed path", url: "/api/runbooks/%ZZ" },
  { name: "an API 401", method: "POST", url: "/api/contributions", data: {} },
  { name: "next-auth's session endpoint", url: "/api/auth/session" },
  { name: "the health check with the database down", url: `${DOWN}/api/health` },
];

for (const { name, method = "GET", url, data } of RESPONSES) {
  test(`${name} carries a Content-Security-Policy and the hardening headers`, async ({ request }) => {
    const response = await request.fetch(url, { method, data, maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["content-security-policy"], url).toMatch(/default-src '(none|self)'/);
    expect(headers["content-security-policy"], url).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["x-frame-options"], url).toBe("DENY");
    expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(headers["strict-transport-security"], url).toContain("max-age=");
  });
}
