import { expect, test } from "@playwright/test";

import { probeReport } from "@/lib/probe/run-probe";
import { startFixture, type Fixture } from "@/lib/probe/testing/fixture-server";

import { expectNoAxeViolations } from "./fixtures";

// Fixture MCP servers started by the test on 127.0.0.1; the e2e portal listens on loopback only, so it
// is not deployed and may probe localhost (a deployed one refuses: lib/probe/probe-ssrf.test.ts).

let fixture: Fixture;
test.beforeAll(async () => {
  fixture = await startFixture({ s256: false, slowJwksMs: 1500 });
});
test.afterAll(() => fixture.close());

test("a probe streams its checks in and a failure leads to the runbook step that fixes it", async ({ page }) => {
  await page.goto("/probe");
  await expect(page.getByRole("heading", { level: 1, name: "Probe an MCP server" })).toBeVisible();
  await page.getByRole("textbox", { name: "MCP server URL" }).fill(fixture.url);
  // Clicking before the page has hydrated does nothing: click again until the probe starts.
  await expect(async () => {
    await page.getByRole("button", { name: "Probe the server" }).click();
    await expect(page.getByRole("heading", { name: `Results for ${fixture.url}` })).toBeVisible({ timeout: 2_000 });
  }).toPass();

  // The JWKS answer is slow: earlier checks are in while later ones still run.
  const results = page.getByRole("list").filter({ has: page.locator("[data-status]") });
  await expect(page.getByText(/^Running: \d+ of 27 checks done/)).toBeVisible();
  await expect(results.locator('[data-status="pass"]').first()).toBeVisible();
  await expect(results.locator('[data-status="pending"]').first()).toBeVisible();

  await expect(page.getByText(/^Done: \d+ passed, 0 warnings, 1 failed/)).toBeVisible({ timeout: 30_000 });
  const pkce = results.locator('[data-check="pkce-s256"]');
  await expect(pkce).toContainText("Fail");
  await expect(pkce).toContainText("without S256");
  await expect(page.getByRole("button", { name: "Copy as Markdown" })).toBeVisible();
  await expectNoAxeViolations(page);

  await pkce.getByRole("link", { name: "Fix it: Publish complete authorization server metadata" }).click();
  await expect(page).toHaveURL(/\/runbooks\/ai-agent-authentication-failures\/fix-as-metadata\?/);
  await expect(page.getByRole("heading", { name: "Publish complete authorization server metadata" })).toBeVisible();
});

test("an uploaded CLI report is rendered the same way", async ({ page }) => {
  const report = await probeReport(fixture.url, {
    limits: { policy: { mode: "cli" }, maxBytes: 65_536, timeoutMs: 5000 },
  });
  await page.goto("/probe");
  await expect(async () => {
    await page.getByLabel("Upload a report (JSON)").setInputFiles({
      name: "report.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(report)),
    });
    await expect(page.getByRole("heading", { name: `Results for ${fixture.url}` })).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await expect(page.getByText(/^Done: \d+ passed, 0 warnings, 1 failed/)).toBeVisible();
  await expect(page.locator('[data-check="pkce-s256"]')).toContainText("without S256");
  await expectNoAxeViolations(page);
});

test("a URL the probe cannot use is refused with a reason", async ({ page }) => {
  await page.goto("/probe");
  await page.getByRole("textbox", { name: "MCP server URL" }).fill("ftp://files.example.com/mcp");
  await expect(async () => {
    await page.getByRole("button", { name: "Probe the server" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Enter the MCP server's http(s):// URL" })).toBeVisible({
      timeout: 2_000,
    });
  }).toPass();
});

test("the probe is linked from the site navigation", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Probe a server" }).click();
  await expect(page).toHaveURL(/\/probe$/);
});
