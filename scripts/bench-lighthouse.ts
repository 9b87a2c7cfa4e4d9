import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { median } from "./bench-lib";

// Lighthouse (default mobile profile) on Debian's Chromium, one page at a time (issue 13's targets:
// performance ≥ 95, accessibility, best practices and SEO 100). About 11 s a run; offline, no download.
const CHROME = process.env.CHROME_PATH ?? "/usr/lib/chromium/chromium";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

type Scores = Record<(typeof CATEGORIES)[number], number> & { totalBlockingTimeMs: number };

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

async function audit(url: string): Promise<Scores> {
  const { stdout } = await promisify(execFile)(
    "node_modules/.bin/lighthouse",
    [
      url,
      "--output=json",
      "--quiet",
      `--only-categories=${CATEGORIES.join(",")}`,
      // Without --no-sandbox Chromium cannot start here ("Unable to connect to Chrome").
      "--chrome-flags=--headless=new --no-sandbox",
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as LighthouseReport;
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: score("seo"),
    totalBlockingTimeMs: Math.round(report.audits["total-blocking-time"]?.numericValue ?? 0),
  };
}

/** The middle value of each score over several runs (one Lighthouse run varies by ±10 points here). */
function medianScores(runs: Scores[]): Scores & { performanceRuns: string } {
  const pick = (key: keyof Scores) => median(runs.map((run) => run[key]));
  return {
    performance: pick("performance"),
    accessibility: pick("accessibility"),
    "best-practices": pick("best-practices"),
    seo: pick("seo"),
    totalBlockingTimeMs: pick("totalBlockingTimeMs"),
    performanceRuns: runs.map((run) => run.performance).join(" "),
  };
}

/**
 * Scores per page, the static baseline first: the median of `runs` audits each; a page Lighthouse cannot audit
 * is reported, not fatal.
 */
export async function measureLighthouse(base: string, pages: Record<string, string>, runs: number) {
  const results: Record<string, ReturnType<typeof medianScores> | { error: string }> = {};
  for (const [name, path] of Object.entries(pages)) {
    // Warm the page cache, so the audit measures what people get, not the first render.
    await (await fetch(base + path)).arrayBuffer();
    try {
      const scores: Scores[] = [];
      // Lighthouse now and then fails to record the trace ("NO_NAVSTART … Please run Lighthouse again"): once more.
      for (let i = 0; i < runs; i++) scores.push(await audit(base + path).catch(() => audit(base + path)));
      results[name] = medianScores(scores);
    } catch (error) {
      const { stderr, message } = error as Error & { stderr?: string };
      // The command line alone says nothing; Lighthouse's own last words say why.
      results[name] = { error: stderr?.trim().split("\n").at(-1) ?? message.split("\n")[0]! };
    }
  }
  return results;
}
