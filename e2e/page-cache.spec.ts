import { expect, test, type Page, type Response } from "@playwright/test";

import { approveAsModerator, newPage, signIn, submitKnownIssue, submitTechnique, unique } from "./contribution-helpers";

// Cached pages (lib/page-cache) are rendered once and served to everyone: a policy with their inline scripts'
// hashes instead of a nonce, their scripts still running, and new content as soon as it is approved.
const CACHED = [
  "/",
  "/categories/token-expiration-issues",
  "/known-issues/aws-mcp-purged-dcr-client-redirect-uri-400",
  "/known-issues",
  "/known-issues?category=token-expiration-issues&severity=",
  "/runbooks/token-expiration-issues",
  "/runbooks/token-expiration-issues/check-token-persistence?who-runs-what=server&when-does-it-fail=every-restart",
  "/search?q=token+expired",
];

/**
 * Loads a page until it comes from the page cache. A repeat request is a cache hit, but an approval in a test
 * running in parallel may retire the cache between the two, so it loads again rather than failing on that race.
 */
async function gotoCached(page: Page, path: string): Promise<Response> {
  const last: { response: Response | null } = { response: null };
  await expect
    .poll(
      async () => {
        last.response = await page.goto(path);
        return last.response?.headers()["x-nextjs-cache"];
      },
      { timeout: 15_000 },
    )
    .toBe("HIT");
  return last.response!;
}

function collectCspErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) errors.push(message.text());
  });
  return errors;
}

for (const path of CACHED) {
  test(`cached page ${path} has a hash policy without 'unsafe-inline' and its scripts run`, async ({ page }) => {
    const errors = collectCspErrors(page);
    const response = await gotoCached(page, path);
    const policy = response.headers()["content-security-policy"]!;
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src "))!;
    expect(scriptSrc).toMatch(/'sha256-/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("nonce-");
    await page.getByRole("button", { name: "Dark" }).click();
    await expect(page.locator("html")).toHaveClass(/dark/);
    expect(errors).toEqual([]);
  });
}

test("a page rendered per request allows the theme script too: no CSP errors", async ({ page }) => {
  const errors = collectCspErrors(page);
  await page.goto("/probe");
  await page.getByRole("button", { name: "Dark" }).click();
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  expect(errors).toEqual([]);
});

test("the header shows who is signed in on a cached page", async ({ page }) => {
  const id = unique();
  await signIn(page, `Reader ${id}`, "Contributor");
  await page.goto("/categories/token-expiration-issues");
  await expect(page.getByTestId("signed-in-as")).toContainText(`Reader ${id}`);
});

test("a cached category page and a repeated search show a contribution as soon as it is approved", async ({
  browser,
  request,
}) => {
  const id = unique();
  const title = `Cached until approved ${id}`;
  const reader = await newPage(browser);
  await reader.goto("/categories/token-expiration-issues");
  await expect(reader.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(reader.getByText(title)).toHaveCount(0);
  // Searched before and after: an equal search of unchanged content is answered from memory (lib/search/search-cache.ts).
  const searchTitles = async () => {
    const response = await request.get(`/api/search?q=${encodeURIComponent(title)}&limit=50`);
    expect(response.status()).toBe(200);
    return ((await response.json()) as { hits: { title: string }[] }).hits.map((item) => item.title);
  };
  expect(await searchTitles()).not.toContain(title);

  const author = await newPage(browser);
  await signIn(author, `Author ${id}`, "Contributor");
  const { url } = await submitTechnique(author, title);
  await approveAsModerator(browser, id, url);

  await reader.reload();
  await expect(reader.getByRole("link", { name: title })).toBeVisible();
  expect(await searchTitles()).toContain(title);
  // The search page is cached per query too, and retired with the rest.
  // Among the results: the diagnosis above them may name it as well, as one of the matches it weighed.
  await reader.goto(`/search?q=${encodeURIComponent(title)}`);
  await expect(reader.getByRole("list", { name: "Search results" }).getByRole("link", { name: title })).toBeVisible();
});

test("the cached known-issue list shows a contributed known issue as soon as it is approved", async ({ browser }) => {
  const id = unique();
  const title = `Gateway drops the resource parameter ${id}`;
  const reader = await newPage(browser);
  const list = "/known-issues?category=token-expiration-issues";
  await gotoCached(reader, list);
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);

  const author = await newPage(browser);
  await signIn(author, `Author ${id}`, "Contributor");
  const { url } = await submitKnownIssue(author, title);
  await approveAsModerator(browser, id, url);

  await reader.reload();
  await expect(reader.getByRole("link", { name: title })).toBeVisible();
  // The filter form still narrows the cached list: another category does not show it.
  await reader.getByLabel("Category").selectOption({ label: "Permission Denied Errors" });
  await reader.getByRole("button", { name: "Filter" }).click();
  await expect(reader).toHaveURL(/category=permission-denied-errors/);
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
});

test("a cached search still counts against the per-IP limit, and its internal path leads to the public URL", async ({
  request,
}) => {
  const headers = { "X-Forwarded-For": "203.0.113.140" };
  const query = `invalid_token ${unique()}`;
  const first = await request.get(`/search?q=${encodeURIComponent(query)}`, { headers });
  expect(first.headers()["x-nextjs-cache"]).not.toBe("HIT");
  let answer = first;
  let sent = 1;
  while (!(await answer.text()).includes("You have searched very often") && sent < 250) {
    answer = await request.get(`/search?q=${encodeURIComponent(query)}`, { headers });
    sent += 1;
  }
  // 120 a minute, as GET /api/search; a minute boundary crossed during the loop can let one more window through.
  expect(sent).toBeGreaterThanOrEqual(121);
  expect(sent).toBeLessThanOrEqual(241);
  expect(answer.headers()["x-nextjs-cache"]).toBeUndefined();

  const internal = await request.get(`/search/q${Buffer.from(`q=${query}`).toString("base64url")}`, {
    headers: { "X-Forwarded-For": "198.51.100.140" },
    maxRedirects: 0,
  });
  expect(internal.status()).toBe(308);
  expect(new URL(internal.headers()["location"]!, "http://portal.invalid").searchParams.get("q")).toBe(query);
});
