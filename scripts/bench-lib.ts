import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

// Shared by the benchmark scripts: measure latency and load, read bundle sizes (servers: ./server-process.ts).

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Sequential requests after a warm-up: server time plus loopback, as one person would see it. */
export async function measureLatency(url: string, requests: number) {
  for (let i = 0; i < 10; i++) await (await fetch(url)).text();
  const samples: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    const response = await fetch(url);
    await response.text();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return {
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
  };
}

/** Requests per second with `concurrency` requests in flight for `seconds`. */
export async function measureThroughput(url: string, concurrency: number, seconds: number) {
  const deadline = performance.now() + seconds * 1000;
  let completed = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await (await fetch(url)).text();
        completed++;
      }
    }),
  );
  return round(completed / seconds, 0);
}

/**
 * One load run: `concurrency` requests in flight for `seconds` (none may fail); requests per second and the
 * latency percentiles of every request in the run, so throughput and p99 describe the same load. `target` is
 * one URL, or the URL of the n-th request (for requests that must all differ).
 */
export async function measureLoad(target: string | ((n: number) => string), concurrency: number, seconds: number) {
  // Each request from its own address (believed on loopback, README "TRUSTED_PROXY_HOPS"), so the per-IP
  // search limit measures nothing but itself.
  let sent = 0;
  const urlOf = typeof target === "string" ? () => target : target;
  const fetchAs = () => {
    sent += 1;
    return fetch(urlOf(sent), {
      headers: { "x-forwarded-for": `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}` },
    });
  };
  for (let i = 0; i < 20; i++) await (await fetchAs()).text();
  const deadline = performance.now() + seconds * 1000;
  const samples: number[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const response = await fetchAs();
        await response.text();
        if (!response.ok) throw new Error(`${response.url} answered ${response.status}`);
        samples.push(performance.now() - started);
      }
    }),
  );
  samples.sort((a, b) => a - b);
  return {
    requestsPerSecond: round(samples.length / seconds, 0),
    p50: round(percentile(samples, 50)),
    p99: round(percentile(samples, 99)),
  };
}

interface RouteBundleStats {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

/** First-load JS per route from Turbopack's build diagnostics, raw and gzip (what is transferred). */
export function firstLoadJs(): { route: string; rawKb: number; gzipKb: number }[] {
  const stats = JSON.parse(readFileSync(".next/diagnostics/route-bundle-stats.json", "utf8")) as RouteBundleStats[];
  return stats.map((entry) => ({
    route: entry.route,
    rawKb: round(entry.firstLoadUncompressedJsBytes / 1024),
    gzipKb: round(entry.firstLoadChunkPaths.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0) / 1024),
  }));
}
