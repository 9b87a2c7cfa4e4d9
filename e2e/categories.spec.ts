import { expect, test } from "@playwright/test";

import { CATEGORY_GROUPS, CATEGORY_SLUGS, expectNoAxeViolations } from "./fixtures";

const titles = Object.values(CATEGORY_GROUPS).flat();

for (const [index, slug] of CATEGORY_SLUGS.entries()) {
  test(`category page ${slug} shows its summary and symptoms`, async ({ page }) => {
    const response = await page.goto(`/categories/${slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(titles[index]!);
    await expect(page).toHaveTitle(`${titles[index]} · MCP Security Troubleshooting`);
    const symptoms = page.getByRole("region", { name: "Typical symptoms" }).getByRole("listitem");
    expect(await symptoms.count()).toBeGreaterThanOrEqual(5);
    await expect(page.getByRole("complementary").getByRole("link")).toHaveCount(3);
  });
}

test("a category page has no axe violations", async ({ page }) => {
  await page.goto("/categories/token-expiration-issues");
  await expectNoAxeViolations(page);
});

test("an unknown category answers 404 with a way back", async ({ page }) => {
  const response = await page.goto("/categories/no-such-category");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Browse all categories" }).click();
  await expect(
    page
      .getByRole("region", { name: "Network Security Issues" })
      .or(page.getByRole("link", { name: /^Network Security Issues/ })),
  ).toBeVisible();
});
