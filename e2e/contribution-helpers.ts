import { expect, type Browser, type Page } from "@playwright/test";

/** Signs in through the development sign-in, as a new or returning person with the given role. */
export async function signIn(page: Page, name: string, role: "Contributor" | "Moderator" | "Admin", returnTo = "/") {
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("radio", { name: new RegExp(`^${role}:`) }).check();
  await page.getByRole("button", { name: "Sign in" }).click();
  // The header asks who is signed in after the page lands (pages are cached, lib/page-cache): one more request.
  await expect(page.getByTestId("signed-in-as")).toContainText(name, { timeout: 15_000 });
}

/** A page in its own browser context: one person per context, as axe scans require. */
export async function newPage(browser: Browser) {
  return (await browser.newContext()).newPage();
}

export const unique = () => Math.random().toString(36).slice(2, 8);

/** Fills and submits a diagnostic technique attached to a runbook step; returns its URL and that step's id. */
export async function submitTechnique(page: Page, title: string, category = "Token Expiration Issues") {
  await page.goto("/contribute");
  await page.getByRole("radio", { name: /Diagnostic technique/ }).check();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Category", { exact: true }).selectOption({ label: category });
  await page
    .getByLabel("Steps", { exact: true })
    .fill("Copy the Authorization header from the failing request\nDecode it in the token inspector");
  await page
    .getByLabel("What it reveals", { exact: true })
    .fill("Whether exp is in the past or aud names another resource.");
  await page
    .getByLabel("Description (Markdown)", { exact: true })
    .fill("Compare the token's **exp** claim with the server clock: a skew of minutes is enough to fail.");
  const [step] = await page
    .getByLabel("Runbook steps this applies to (optional)", { exact: true })
    .selectOption({ index: 0 });
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status")).toContainText("Submitted");
  return { url: page.url().replace(/\?.*$/, ""), step: step!.split("/")[1]! };
}

export async function submitKnownIssue(page: Page, title: string, category = "Token Expiration Issues") {
  await page.goto("/contribute");
  await page.getByRole("radio", { name: /Known issue/ }).check();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Category", { exact: true }).selectOption({ label: category });
  await page
    .getByLabel("Error messages", { exact: true })
    .fill("invalid_target: The requested resource is not valid for this client");
  await page.getByLabel("Severity", { exact: true }).selectOption("high");
  await page.getByLabel("Affected components", { exact: true }).fill("gateway: Example MCP Gateway 2.3");
  await page
    .getByLabel("Root cause", { exact: true })
    .fill("The gateway drops the RFC 8707 resource parameter when it rebuilds token requests.");
  await page.getByLabel("The fix", { exact: true }).fill("Upgrade the gateway to 2.4");
  await page.getByLabel("References", { exact: true }).fill("https://datatracker.ietf.org/doc/html/rfc8707");
  await page.getByLabel("Symptoms (Markdown)", { exact: true }).fill("Every token request through the gateway fails.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status")).toContainText("Submitted");
  return { url: page.url().replace(/\?.*$/, "") };
}

/** Signs a new moderator in on a page of its own and approves the submission at `url` (the default review). */
export async function approveAsModerator(browser: Browser, id: string, url: string) {
  const moderator = await newPage(browser);
  await signIn(moderator, `Moderator ${id}`, "Moderator", "/moderation");
  await moderator.goto(url);
  await moderator.getByRole("button", { name: "Save review" }).click();
  await expect(moderator.getByRole("status")).toContainText("Review saved");
}
