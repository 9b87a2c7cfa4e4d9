import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

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
