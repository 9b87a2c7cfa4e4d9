import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./fixtures";

const stepHeading = (page: Page) => page.locator("#step-heading");
const choose = (page: Page, label: string | RegExp) => page.getByRole("link", { name: label }).click();

test("the version-mismatch branch gives different advice for a 2026-07-28 and a 2025-11-25 server, and says which revisions each step covers", async ({
  page,
}) => {
  await page.goto("/runbooks/network-security-issues");
  await choose(page, /I run the MCP server/);
  await choose(page, /An error about the protocol version/);
  await expect(stepHeading(page)).toHaveText("Find out which protocol revision the server and the client speak");

  await choose(page, /The server is 2026-07-28 only, and the client sends initialize/);
  await expect(stepHeading(page)).toHaveText("A legacy (2025-11-25) client against a 2026-07-28-only server");
  await expect(page.getByText(/createMcpHandler.*legacy: 'stateless'/).first()).toBeVisible();
  await expect(page.getByTestId("revisions")).toContainText("2026-07-28");

  // Back leaves no trace of the resolution (its content once stayed on screen: duplicate React keys).
  await page.goBack();
  await expect(stepHeading(page)).toHaveText("Find out which protocol revision the server and the client speak");
  await expect(page.getByRole("heading", { name: "Verify the fix" })).toHaveCount(0);
  await page.goForward();
  await expect(stepHeading(page)).toHaveText("A legacy (2025-11-25) client against a 2026-07-28-only server");
  // The other era, by changing the earlier answer in the trail.
  await page.getByRole("navigation", { name: "Your answers so far" }).getByRole("link").nth(2).click();
  await expect(stepHeading(page)).toHaveText("Find out which protocol revision the server and the client speak");
  await choose(page, /The server is legacy only, and the client sends 2026-07-28/);
  await expect(stepHeading(page)).toHaveText("A 2026-07-28 client against a legacy (2025-11-25) server");
  await expect(page.getByText(/versionNegotiation: 'auto'/).first()).toBeVisible();
  await expect(page.getByText(/createMcpHandler.*legacy: 'stateless'/)).toHaveCount(0);
  await page.reload();
  await expectNoAxeViolations(page);
});

test("a step that only applies up to 2025-11-25 says so", async ({ page }) => {
  await page.goto("/runbooks/token-expiration-issues/fix-session-reinit");
  await expect(stepHeading(page)).toHaveText("Decouple sessions from tokens and re-initialize on 404");
  await expect(page.getByTestId("revisions")).toContainText("MCP revisions: 2025-03-26 to 2025-11-25");
});

test("an answer that leads into another runbook opens that runbook's step, with the route to it", async ({ page }) => {
  await page.goto("/runbooks/network-security-issues");
  await choose(page, /Not sure which of these I run/);
  await choose(page, /None of these, or I can.t tell what fails/);
  await expect(stepHeading(page)).toHaveText("Triage a connection that fails without an HTTP answer");
  const crossLink = page.getByRole("link", { name: /401 or 403 with a JSON or empty body/ });
  await expect(crossLink).toContainText("Continues in the ai agent authentication failures runbook");
  await crossLink.click();
  await expect(page).toHaveURL(/\/runbooks\/ai-agent-authentication-failures\/probe-401-challenge\?/);
  await expect(stepHeading(page)).toHaveText("Probe the unauthenticated 401 challenge");
  await expect(page.getByRole("navigation", { name: "Your answers so far" }).getByRole("listitem")).toHaveCount(2);
});

test("known issues show their revisions and last verification, and the list filters by revision", async ({ page }) => {
  await page.goto("/known-issues/aws-documentation-mcp-2026-only-rejects-copilot-cli-initialize");
  await expect(page.getByText(/last verified 2026-12-01/)).toBeVisible();
  await expect(page.getByTestId("revisions")).toContainText("2025-11-25, 2026-07-28");

  await page.goto("/known-issues");
  const count = page.getByRole("status");
  const all = Number((await count.textContent())!.split(" ")[0]);
  await page.getByLabel("MCP revision").selectOption("2024-11-05");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/revision=2024-11-05/);
  await expect(count).not.toHaveText(`${all} known issues`);
  await expect(page.getByRole("link", { name: /Copilot CLI 1\.0\.82 fails with -32022/ })).toHaveCount(0);
});

test("the 2026-07-28 changes page is linked from the home page, leads to runbook steps and passes axe", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: "What changed in MCP 2026-07-28, for troubleshooters" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "What changed in MCP 2026-07-28, for troubleshooters",
  );
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: /Runbook step: fix mcp request headers/ }).click();
  // The link names the step alone; the page shows the route from the root (now through "Which part do
  // you run?"), which takes longer than the default wait on a loaded 2-core machine.
  await expect(stepHeading(page)).toHaveText(
    "Let Mcp-Method, Mcp-Name and Mcp-Param-* through, unchanged and unlogged",
    { timeout: 20_000 },
  );
});
