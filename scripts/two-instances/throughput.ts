import { runLoad, summarize, type Summary } from "../resilience/load";

interface Options {
  /** Where the load goes, by name: an instance directly, nginx in front of one or of both. */
  setups: Record<string, string>;
  /** Instances whose pages are read once first, so the page cache is warm everywhere. */
  warm: string[];
  connections: number;
  seconds: number;
}

/**
 * req/s and latency of the home page and a known issue under each setup, in turn, printed as a table. The
 * problems are answers other than 200, one line per page and setup.
 */
export async function measureThroughput({ setups, warm, connections, seconds }: Options) {
  const [first] = Object.values(setups);
  const index = await (await fetch(`${first}/known-issues`)).text();
  const knownIssue = /href="(\/known-issues\/[^"?#]+)"/.exec(index)?.[1];
  if (!knownIssue) throw new Error("no known issue linked from /known-issues");
  const pages = { home: "/", "known issue": knownIssue };
  for (const base of warm) for (const p of Object.values(pages)) await (await fetch(base + p)).arrayBuffer();
  const rows: Record<string, { "req/s": number; "p50 ms": number; "p99 ms": number; statuses: string }> = {};
  const results: Record<string, Summary & { path: string }> = {};
  const problems: string[] = [];
  for (const [setup, base] of Object.entries(setups)) {
    for (const [name, p] of Object.entries(pages)) {
      const samples = await runLoad({ base, paths: [p], connections, seconds });
      const summary = summarize(samples, seconds);
      results[`${setup}, ${name}`] = { path: p, ...summary };
      rows[`${setup}, ${name}`] = {
        "req/s": summary.perSecond,
        "p50 ms": summary.p50Ms,
        "p99 ms": summary.p99Ms,
        statuses: JSON.stringify(summary.statuses),
      };
      const bad = samples.filter((s) => s.status !== 200).length;
      if (bad > 0) {
        problems.push(
          `${setup}, ${name}: ${bad} answers not 200 ${JSON.stringify(summary.statuses)} ${JSON.stringify(summary.errorKinds)}`,
        );
      }
    }
  }
  console.table(rows);
  console.log("The load generator runs in this process on the same (shared) cores: compare setups, not machines.");
  return { report: { connections, seconds, results }, problems };
}
