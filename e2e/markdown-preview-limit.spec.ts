import { expect, test } from "@playwright/test";

import { signIn, unique } from "./contribution-helpers";

// Its own documentation address (lib/security/client-ip.ts): the preview's budget is per IP, and other
// tests type into the preview too.

test("past 60 previews a minute the Markdown preview says to wait, and keeps the text", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.160" } });
  const page = await context.newPage();
  await signIn(page, `Previewer ${unique()}`, "Contributor", "/contribute");
  await page.goto("/contribute");
  const description = page.getByLabel("Description (Markdown)", { exact: true });
  const preview = page.getByTestId("markdown-preview");
  // markdownPreview allows 60 a minute per IP (lib/rate-limit/policies.ts): each minute window the loop
  // touches lets up to 60 through (on a loaded machine 60 previews can take more than a minute).
  const started = Date.now();
  const allowedBy = () => 60 * (Math.floor((Date.now() - started) / 60_000) + 2);
  let shown = 0;
  for (; shown <= allowedBy(); shown++) {
    await description.fill(`Preview number **${shown}**`);
    const answered = preview.locator("strong", { hasText: new RegExp(`^${shown}$`) }).or(preview.getByRole("alert"));
    await expect(answered).toBeVisible();
    if (await preview.getByRole("alert").isVisible()) break;
  }
  expect(shown).toBeGreaterThanOrEqual(60);
  expect(shown).toBeLessThanOrEqual(allowedBy());
  await expect(preview.getByRole("alert")).toHaveText(
    /^You have asked for many previews in a short time\. Try again in \d+ (seconds?|minute)\. Your text is kept; the preview returns after the wait\.$/,
  );
  await expect(description).toHaveValue(`Preview number **${shown}**`);
  await context.close();
});
