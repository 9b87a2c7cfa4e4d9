import http from "node:http";

// A small load loop on node:http (no dependency: autocannon is not in package.json, and this one records
// every answer with its time, which the database stop/start check needs to tell when recovery came).
// Each of `connections` workers keeps one keep-alive connection busy, request after request.

export interface Sample {
  /** Milliseconds since the load started, at the answer. */
  at: number;
  /** Milliseconds since the load started, when the request was sent. */
  sentAt: number;
  path: string;
  /** HTTP status, or 0 for a connection error (refused, reset, timed out). */
  status: number;
  ms: number;
  error?: string;
}

export interface LoadOptions {
  base: string;
  paths: string[];
  connections: number;
  /** Stops when this resolves (or after `seconds`). */
  seconds: number;
  until?: Promise<unknown>;
  timeoutMs?: number;
}

let clientCounter = 0;

/**
 * The n-th load client's address, sent as X-Forwarded-For (which the portal believes while it listens on
 * loopback): 200 connections are 200 people, not one IP hitting the per-IP search limit.
 */
export function clientAddress(n: number): string {
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

function get(agent: http.Agent, url: URL, timeoutMs: number): Promise<{ status: number; error?: string }> {
  return new Promise((resolve) => {
    const request = http.get(
      url,
      { agent, headers: { "x-forwarded-for": clientAddress(clientCounter++), accept: "text/html,application/json" } },
      (response) => {
        response.on("data", () => undefined);
        response.on("end", () => resolve({ status: response.statusCode ?? 0 }));
        response.on("error", (error) => resolve({ status: 0, error: error.message }));
      },
    );
    request.setTimeout(timeoutMs, () => request.destroy(new Error("timeout")));
    request.on("error", (error: NodeJS.ErrnoException) => resolve({ status: 0, error: error.code ?? error.message }));
  });
}

export async function runLoad(options: LoadOptions): Promise<Sample[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const samples: Sample[] = [];
  const started = performance.now();
  let stopped = false;
  const timer = setTimeout(() => (stopped = true), options.seconds * 1000);
  void options.until?.then(() => (stopped = true));
  await Promise.all(
    Array.from({ length: options.connections }, async (_, worker) => {
      for (let i = worker; !stopped; i++) {
        const path = options.paths[i % options.paths.length]!;
        const sent = performance.now();
        const { status, error } = await get(agent, new URL(path, options.base), options.timeoutMs ?? 60_000);
        const now = performance.now();
        samples.push({
          at: now - started,
          sentAt: sent - started,
          path,
          status,
          ms: now - sent,
          ...(error ? { error } : {}),
        });
        // A refused connection answers at once: do not spin on it.
        if (status === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }),
  );
  clearTimeout(timer);
  agent.destroy();
  return samples;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface Summary {
  requests: number;
  perSecond: number;
  statuses: Record<string, number>;
  connectionErrors: number;
  errorKinds: Record<string, number>;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export function summarize(samples: Sample[], seconds: number): Summary {
  const statuses: Record<string, number> = {};
  const errorKinds: Record<string, number> = {};
  for (const s of samples) {
    if (s.status === 0) errorKinds[s.error ?? "?"] = (errorKinds[s.error ?? "?"] ?? 0) + 1;
    else statuses[s.status] = (statuses[s.status] ?? 0) + 1;
  }
  const latencies = samples
    .filter((s) => s.status !== 0)
    .map((s) => s.ms)
    .sort((a, b) => a - b);
  return {
    requests: samples.length,
    perSecond: Math.round(samples.length / seconds),
    statuses,
    connectionErrors: samples.filter((s) => s.status === 0).length,
    errorKinds,
    p50Ms: Math.round(percentile(latencies, 50)),
    p99Ms: Math.round(percentile(latencies, 99)),
    maxMs: Math.round(latencies.at(-1) ?? NaN),
  };
}

export const count5xx = (samples: Sample[]) => samples.filter((s) => s.status >= 500).length;
