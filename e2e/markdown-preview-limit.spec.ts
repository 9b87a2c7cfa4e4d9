import { expect, test, type Page } from "@playwright/test";

import { signIn, unique } from "./contribution-helpers";

// Its own documentation address (lib/security/client-ip.ts): the preview's budget is per IP, and other
// tests type into the preview too.

const TABS = 4;

test("past 60 previews a minute the Markdown preview says to wait, and keeps the text", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.160" } });
  const first = await context.newPage();
  await signIn(first, `Previewer ${unique()}`, "Contributor", "/contribute");
  // Several tabs of one person type at once: one tab alone (a 400 ms pause before each preview) can stay under
  // 60 a minute on a slow machine, and then the limit is never reached.
  const tabs: Page[] = [first, ...(await Promise.all(Array.from({ length: TABS - 1 }, () => context.newPage())))];
  await Promise.all(tabs.map((tab) => tab.goto("/contribute")));
  const description = (tab: Page) => tab.getByLabel("Description (Markdown)", { exact: true });
  const preview = (tab: Page) => tab.getByTestId("markdown-preview");
  // markdownPreview allows 60 a minute per IP (lib/rate-limit/policies.ts): each minute window the loop
  // touches lets up to 60 through.
  const started = Date.now();
  const allowedBy = () => 60 * (Math.floor((Date.now() - started) / 60_000) + 2) + TABS;
  let shown = 0;
  let refused: { tab: Page; text: string } | null = null;
  while (!refused && shown <= allowedBy()) {
    const round = shown;
    await Promise.all(
      tabs.map(async (tab, index) => {
        const text = `Preview number **${round + index}**`;
        await description(tab).fill(text);
        const number = preview(tab).locator("strong", { hasText: new RegExp(`^${round + index}$`) });
        await expect(number.or(preview(tab).getByRole("alert"))).toBeVisible();
        if (await preview(tab).getByRole("alert").isVisible()) refused ??= { tab, text };
      }),
    );
    shown += TABS;
  }
  expect(refused, `no refusal after ${shown} previews`).not.toBeNull();
  expect(shown).toBeGreaterThanOrEqual(60);
  const { tab, text } = refused!;
  await expect(preview(tab).getByRole("alert")).toHaveText(
    /^You have asked for many previews in a short time\. Try again in \d+ (seconds?|minute)\. Your text is kept; the preview returns after the wait\.$/,
  );
  await expect(description(tab)).toHaveValue(text);
  await context.close();
});
