import { expect, test, type Page } from "@playwright/test";

import { newPage, signIn, submitTechnique, unique } from "./contribution-helpers";

// Cached pages (lib/page-cache) are rendered once and served to everyone: a policy with their inline scripts'
// hashes instead of a nonce, their scripts still running, and new content as soon as it is approved.
const CACHED = [
  "/",
  "/categories/token-expiration-issues",
  "/known-issues/aws-mcp-purged-dcr-client-redirect-uri-400",
  "/runbooks/token-expiration-issues",
];

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
    await page.goto(path);
    const response = await page.goto(path);
    expect(response!.headers()["x-nextjs-cache"]).toBe("HIT");
    const policy = response!.headers()["content-security-policy"]!;
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
  await page.goto("/known-issues");
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
  const moderator = await newPage(browser);
  await signIn(moderator, `Moderator ${id}`, "Moderator", "/moderation");
  await moderator.goto(url);
  await moderator.getByRole("button", { name: "Save review" }).click();
  await expect(moderator.getByRole("status")).toContainText("Review saved");

  await reader.reload();
  await expect(reader.getByRole("link", { name: title })).toBeVisible();
  expect(await searchTitles()).toContain(title);
});
