import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./fixtures";

test("the known-issue list filters by category, status, severity and component", async ({ page }) => {
  await page.goto("/known-issues");
  const count = async () => Number((await page.getByRole("status").textContent())!.match(/^(\d+)/)![1]);
  const all = await count();
  expect(all).toBeGreaterThanOrEqual(40);
  await page.getByLabel("Category").selectOption({ label: "Integration Security Problems" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/category=integration-security-problems/);
  const inCategory = await count();
  expect(inCategory).toBeGreaterThan(0);
  expect(inCategory).toBeLessThan(all);
  for (const label of await page.locator("li span.text-xs.text-slate-600").allTextContents())
    expect(label).toBe("Integration Security Problems");
  await page.getByLabel("Status").selectOption("open");
  await page.getByRole("button", { name: "Filter" }).click();
  expect(await count()).toBeLessThanOrEqual(inCategory);
  await page.goto("/known-issues?component=Microsoft+Entra+ID");
  expect(await count()).toBeGreaterThan(0);
  await page.goto("/known-issues?severity=critical&status=fixed&category=monitoring-overhead");
  await expect(page.getByRole("status")).toHaveText(/^\d+ known issues?$/);
});

test("the component field suggests the components known issues name, and filters by the one typed", async ({
  page,
}) => {
  await page.goto("/known-issues");
  const field = page.getByLabel("Component");
  // The suggestions are not in the page: they are asked for when the field is first used.
  await expect(page.locator("#component-names option")).toHaveCount(0);
  await field.focus();
  await expect(page.locator("#component-names option")).not.toHaveCount(0);
  expect(await page.locator("#component-names option").evaluateAll((options) => options.length)).toBeGreaterThan(100);
  await expect(page.locator('#component-names option[value="mcp-remote"]')).toHaveCount(1);
  await field.fill("mcp-remote");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/component=mcp-remote/);
  await expect(field).toHaveValue("mcp-remote");
  await expect(page.getByRole("link", { name: /mcp-remote before 0\.1\.16 runs OS commands/ })).toBeVisible();
  // A name no known issue has finds nothing, and says so.
  await field.fill("no-such-component");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("status")).toHaveText("0 known issues");
});

test("the list comes a page at a time, and the pages keep the filters", async ({ page }) => {
  await page.goto("/known-issues");
  const status = page.getByRole("status");
  await expect(status).toHaveText(/^\d+ known issues, 1–25 shown$/);
  const titles = () => page.getByRole("main").getByRole("listitem").getByRole("link").allTextContents();
  const firstPage = await titles();
  expect(firstPage).toHaveLength(25);
  const pages = page.getByRole("navigation", { name: "Pages of known issues" });
  await expect(pages).toContainText("Page 1 of");
  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/\/known-issues\?page=2$/);
  await expect(status).toHaveText(/, 26–\d+ shown$/);
  const secondPage = await titles();
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
  await pages.getByRole("link", { name: "Previous page" }).click();
  await expect(page).toHaveURL(/\/known-issues$/);
  expect(await titles()).toEqual(firstPage);

  await page.getByLabel("Severity").selectOption("high");
  await page.getByRole("button", { name: "Filter" }).click();
  const high = Number((await status.textContent())!.match(/^(\d+)/)![1]);
  // The seeded content has more high-severity issues than one page holds.
  expect(high).toBeGreaterThan(25);
  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/severity=high&page=2$/);
  await expect(page.getByLabel("Severity")).toHaveValue("high");
  await expect(status).toHaveText(`${high} known issues, 26–${Math.min(high, 50)} shown`);
});

test("a known issue shows its signatures, cause, fix and references, and walks the runbook from its step", async ({
  page,
}) => {
  await page.goto("/known-issues?category=token-expiration-issues");
  await page.getByRole("list").last().getByRole("link").first().click();
  for (const heading of [
    "Error signatures",
    "Symptoms",
    "Root cause",
    "Resolution",
    "References",
    "Affected components",
  ]) {
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }
  const walk = page.getByRole("link", { name: /^Walk the runbook from here: / });
  await expect(walk.first()).toBeVisible();
  const stepTitle = (await walk.first().textContent())!.replace("Walk the runbook from here: ", "");
  const issueTitle = (await page.getByRole("heading", { level: 1 }).textContent())!;
  await walk.first().click();
  await expect(page.locator("#step-heading")).toHaveText(stepTitle);
  await expect(page.getByRole("link", { name: issueTitle })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an unknown known issue is a 404", async ({ page }) => {
  const response = await page.goto("/known-issues/no-such-issue");
  expect(response?.status()).toBe(404);
});

test("known-issue pages have no axe violations", async ({ page }) => {
  await page.goto("/known-issues");
  await expectNoAxeViolations(page);
  const first = page.getByRole("list").last().getByRole("link").first();
  const title = (await first.textContent())!;
  await first.click();
  // The click navigates in the browser: wait until the issue's page, title included, has replaced the list, or axe
  // may read the document between the two (a "document-title" violation seen once in 25 runs).
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  await expectNoAxeViolations(page);
});
