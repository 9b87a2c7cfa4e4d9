import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

import autocannon from "autocannon";

import { clientAddress, percentile } from "./resilience/load";

// Shared by the benchmark scripts: measure latency and load, read bundle sizes (servers: ./server-process.ts).

export { percentile };

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
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

/**
 * One load run: `concurrency` connections kept busy for `seconds` by autocannon (none may fail); requests per
 * second and the latency percentiles of every request in the run, so throughput and p99 describe the same load.
 * `target` is one path, or the path of the n-th request (for requests that must all differ). autocannon, not
 * fetch: the same page measured 409 req/s (p99 82 ms) with a fetch loop in this process and 699 (p99 53 ms)
 * with autocannon, the difference being the client's own CPU on a 2-core machine.
 */
export async function measureLoad(
  base: string,
  target: string | ((n: number) => string),
  concurrency: number,
  seconds: number,
  /** The server's process group, whose CPU time per request is measured too. */
  serverGroup: number,
) {
  // Each request from its own address (believed on loopback, README "TRUSTED_PROXY_HOPS"), so the per-IP
  // search limit measures nothing but itself.
  let sent = 0;
  const pathOf = typeof target === "string" ? () => target : target;
  for (let i = 0; i < 20; i++) {
    sent += 1;
    await (await fetch(base + pathOf(sent), { headers: { "x-forwarded-for": clientAddress(sent) } })).arrayBuffer();
  }
  const cpuBefore = processGroupCpuMs(serverGroup);
  const result = await autocannon({
    url: base,
    connections: concurrency,
    duration: seconds,
    // As a browser asks (Chromium's header): uncompressed, a page past 64 KB crosses loopback's MTU and costs
    // about twice the CPU to send (raw node:http, 60 KB vs 82 KB bodies: 19,400 vs 10,600 req/s), which measures
    // the kernel's loopback instead of what people are sent.
    headers: { "accept-encoding": "gzip, deflate, br, zstd" },
    requests: [
      {
        setupRequest: (request) => {
          sent += 1;
          return {
            ...request,
            path: pathOf(sent),
            headers: { ...request.headers, "x-forwarded-for": clientAddress(sent) },
          };
        },
      },
    ],
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) throw new Error(`${base}${pathOf(0)}: ${failed} of ${result.requests.total} requests failed`);
  const cpuMs = processGroupCpuMs(serverGroup) - cpuBefore;
  return {
    requestsPerSecond: round(result.requests.total / seconds, 0),
    p50: result.latency.p50,
    p99: result.latency.p99,
    serverCpuMsPerRequest: round(cpuMs / result.requests.total, 2),
  };
}

/** The kernel's clock ticks per second, in which /proc counts CPU time: asked once. */
let ticksPerSecond: number | undefined;

/**
 * CPU time (user + system, ms) used so far by every process in a process group, from Linux's /proc. Unlike
 * requests per second, it does not depend on what else the machine runs at the time, so the cost of two pages
 * compares even on a shared, noisy machine.
 */
export function processGroupCpuMs(group: number): number {
  ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }));
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // exited since the listing
    }
    // Fields after the command name, which may hold spaces: state is the first, pgrp the third, utime and stime
    // the twelfth and thirteenth (proc(5)).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / ticksPerSecond;
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
