import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

import type { RateLimitPolicyName } from "@/lib/rate-limit/policies";
import { secondsLeft, windowStartOf } from "@/lib/rate-limit/windows";
import { SEED_PAGE_HEADINGS } from "@/lib/taxonomy/seed-page-headings";

/** Fails with the rule ids and the offending elements, so a report says what to fix. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

export const CATEGORY_GROUPS = SEED_PAGE_HEADINGS;

export const CATEGORY_SLUGS = [
  "ai-agent-authentication-failures",
  "permission-denied-errors",
  "token-expiration-issues",
  "role-assignment-problems",
  "security-control-bottlenecks",
  "monitoring-overhead",
  "encryption-performance-issues",
  "rate-limiting-problems",
  "security-configuration-errors",
  "integration-security-problems",
  "network-security-issues",
  "container-security-problems",
] as const;

/**
 * Fills a field once React has hydrated it. Before that, a fill changes the box but no handler sees it (live
 * search sends nothing), and hydration landing between Playwright's select-all and its typing drops the
 * selection, so the text typed lands in front of the old text (both seen on a loaded CI).
 */
export async function fillHydrated(field: Locator, value: string) {
  await expect
    .poll(() => field.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__reactProps"))), {
      timeout: 30_000,
    })
    .toBe(true);
  await field.fill(value);
}

/**
 * Rate limits count in fixed windows aligned to the clock (lib/rate-limit/windows.ts). A test that must reach a
 * limit within one window waits, when `needSeconds` or fewer are left in the current one, for the next to start:
 * a boundary crossed mid-test would reset the count and the limit would never be reached.
 */
export async function awaitRoomInWindow(policyName: RateLimitPolicyName, needSeconds: number) {
  const now = new Date();
  const left = secondsLeft(policyName, windowStartOf(policyName, now), now);
  if (left <= needSeconds) await new Promise((resolve) => setTimeout(resolve, left * 1000 + 250));
}
