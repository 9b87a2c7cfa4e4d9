import { execFile } from "node:child_process";
import { promisify } from "node:util";

// Lighthouse (default mobile profile) on Debian's Chromium, one page at a time (issue 13's targets:
// performance ≥ 95, accessibility, best practices and SEO 100). About 11 s a page; offline, no download.
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

/** Scores per page, the static baseline first; a page Lighthouse cannot audit is reported, not fatal. */
export async function measureLighthouse(base: string, pages: Record<string, string>) {
  const results: Record<string, Scores | { error: string }> = {};
  for (const [name, path] of Object.entries(pages)) {
    // Warm the page cache, so the audit measures what people get, not the first render.
    await (await fetch(base + path)).arrayBuffer();
    // Lighthouse now and then fails to record the trace ("NO_NAVSTART … Please run Lighthouse again"): once more.
    results[name] = await audit(base + path)
      .catch(() => audit(base + path))
      .catch((error: Error & { stderr?: string }) => ({
        // The command line alone says nothing; Lighthouse's own last words say why.
        error: error.stderr?.trim().split("\n").at(-1) ?? error.message.split("\n")[0]!,
      }));
  }
  return results;
}
