import { chromium } from "@playwright/test";

import { percentile, round } from "./bench-lib";

const CHROME = process.env.CHROME_PATH ?? "/usr/lib/chromium/chromium";

/**
 * A person reads a step before answering it, and the walker fetches the steps ahead meanwhile
 * (components/runbooks/use-step-contents.ts). Clicking with no pause would time that fetch's arrival
 * landing on the next click, which no reader meets.
 */
const READING_PAUSE_MS = 400;

/**
 * Time from clicking an answer to the next step being painted, measured inside the page: the click,
 * then the first animation frame after the step heading changed. Walks runbooks root to leaf, one after
 * another, until `samples` steps are measured, pausing on each step as a reader would.
 */
export async function measureRunbookSteps(baseUrl: string, slugs: string[], samples: number) {
  const browser = await chromium.launch({ executablePath: CHROME, args: ["--disable-background-networking"] });
  const page = await browser.newPage();
  const timings: number[] = [];
  try {
    for (let i = 0; timings.length < samples && i < slugs.length * 20; i++) {
      await page.goto(`${baseUrl}/runbooks/${slugs[i % slugs.length]}`);
      await page.locator("#step-heading").waitFor();
      await page.waitForTimeout(READING_PAUSE_MS);
      while (timings.length < samples && (await page.locator("#answers-heading").count()) > 0) {
        const timing = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const before = document.getElementById("step-heading")?.textContent;
              const answers = document.querySelectorAll<HTMLAnchorElement>(
                "section[aria-labelledby=answers-heading] a",
              );
              // The first answer stays in this runbook; later ones may be a way out or a link to another runbook,
              // which loads a new page instead of changing the step.
              const link = answers[0]!;
              const observer = new MutationObserver(() => {
                if (document.getElementById("step-heading")?.textContent === before) return;
                observer.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - started));
              });
              observer.observe(document.body, { subtree: true, childList: true, characterData: true });
              // A step that never changes (an answer leading back to the same heading) must not hang the bench.
              setTimeout(() => {
                observer.disconnect();
                resolve(-1);
              }, 5_000);
              const started = performance.now();
              link.click();
            }),
        );
        if (timing < 0) break;
        timings.push(timing);
        await page.waitForTimeout(READING_PAUSE_MS);
      }
    }
  } finally {
    await browser.close();
  }
  timings.sort((a, b) => a - b);
  return { steps: timings.length, medianMs: round(percentile(timings, 50)), p95Ms: round(percentile(timings, 95)) };
}
