import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./fixtures";

// A log as people paste it: the one line that matters among timestamps and routine noise.
const LOG = [
  "2026-11-30T10:00:01.112Z INFO  [gateway] starting MCP client for server 'billing'",
  "2026-11-30T10:00:01.230Z DEBUG [gateway] loaded 14 tools from cache",
  "2026-11-30T10:00:02.904Z INFO  [gateway] connecting to https://mcp.internal.example:8443/mcp",
  '2026-11-30T10:00:03.377Z ERROR [gateway] request failed: Get "https://mcp.internal.example:8443/mcp": tls: failed to verify certificate: x509: certificate signed by unknown authority',
  "2026-11-30T10:00:03.380Z INFO  [gateway] retrying in 2000 ms (attempt 1 of 5)",
].join("\n");

async function followDiagnosis(page: Page) {
  const panel = page.getByRole("region", { name: /^Most likely: / });
  await expect(panel.getByRole("heading")).toHaveText("Most likely: Network Security Issues");
  await expect(panel).toContainText("x509: certificate signed by unknown authority");
  const start = panel
    .getByRole("paragraph")
    .filter({ hasText: /^Start at / })
    .getByRole("link");
  const stepTitle = (await start.textContent())!;
  await start.click();
  await expect(page).toHaveURL(/\/runbooks\/network-security-issues\/[a-z0-9-]+/);
  await expect(page.getByRole("heading", { name: stepTitle })).toBeVisible();
}

test("a pasted multi-line log gets a diagnosis above the results that leads into the runbook step", async ({
  page,
}) => {
  await page.goto("/search");
  const box = page.getByRole("textbox", { name: "Paste the error you see, or type a few words" });
  // Typing before the page has hydrated changes the box but sends nothing: type again until it answers.
  await expect(async () => {
    await box.fill("");
    await box.fill(LOG);
    await expect(page.getByRole("region", { name: /^Most likely: / })).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await expectNoAxeViolations(page);
  await followDiagnosis(page);
});

test("the diagnosis works with JavaScript disabled", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/search");
  await page.getByRole("textbox", { name: "Paste the error you see, or type a few words" }).fill(LOG);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
  await followDiagnosis(page);
  await context.close();
});

test("an error no known issue mentions still gets a category and a step, and the API returns the same", async ({
  page,
  request,
}) => {
  const error = "AADSTS901002: The 'resource' request parameter is not supported.";
  const response = await request.get(`/api/search?q=${encodeURIComponent(error)}`);
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.diagnosis.category.slug).toBe("integration-security-problems");
  expect(body.diagnosis.step.url).toMatch(/^\/runbooks\/integration-security-problems\//);
  await page.goto(`/search?q=${encodeURIComponent(error)}`);
  await expect(page.getByRole("heading", { name: "Most likely: Integration Security Problems" })).toBeVisible();
});
