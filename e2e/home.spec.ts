import { expect, test } from "@playwright/test";

import { CATEGORY_GROUPS, expectNoAxeViolations } from "./fixtures";

test("home lists the 12 categories under their 3 groups", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Fix MCP security problems");
  for (const [group, categories] of Object.entries(CATEGORY_GROUPS)) {
    const section = page.getByRole("region", { name: group });
    await expect(section).toBeVisible();
    await expect(section.getByRole("listitem")).toHaveCount(4);
    for (const category of categories) {
      await expect(section.getByRole("link", { name: new RegExp(`^${category}`) })).toBeVisible();
    }
  }
});

test("home links to the community discussion of the seed page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Join the Security Troubleshooting discussions" })).toHaveAttribute(
    "href",
    "https://github.com/orgs/ModelContextProtocol-Security/discussions",
  );
});

test("keyboard: skip link jumps to content, Tab reaches a category and Enter opens it", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  const link = page.getByRole("link", { name: /^Permission Denied Errors/ });
  for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/categories\/permission-denied-errors$/);
});

test("the home page (cached) sends a hash-based Content-Security-Policy and hardening headers", async ({ page }) => {
  const response = await page.goto("/");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("home has no axe violations in light and dark themes", async ({ page }) => {
  await page.goto("/");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expectNoAxeViolations(page);
});

test("pages run with no console errors: the CSP blocks none of our own scripts", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("/");
  await page.getByRole("button", { name: "Dark" }).click();
  await page.goto("/categories/rate-limiting-problems");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});
