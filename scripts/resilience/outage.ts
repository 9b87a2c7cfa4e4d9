import { setTimeout as sleep } from "node:timers/promises";

import { runLoad, summarize } from "./load";
import type { OwnPostgres } from "./postgres";
import type { Server } from "../server-process";

/**
 * Check 2 of run.ts: the load runs on; PostgreSQL stops for `downSeconds` and starts again. Returns what was
 * answered while it was down and how soon after it was back the answers were normal again.
 */
export async function outage(
  server: Server,
  pg: OwnPostgres,
  pages: string[],
  options: { connections: number; downSeconds: number },
) {
  const health: { sentAt: number; at: number; status: number }[] = [];
  const started = performance.now();
  let done = false;
  const poller = (async () => {
    while (!done) {
      const sentAt = performance.now() - started;
      const status = await fetch(`${server.base}/api/health`)
        .then(async (r) => (await r.arrayBuffer(), r.status))
        .catch(() => 0);
      health.push({ sentAt, at: performance.now() - started, status });
      await sleep(200);
    }
  })();
  let stoppedAt = 0;
  let upAt = 0;
  const driver = (async () => {
    await sleep(5_000);
    // From when pg_ctl reports it stopped: a fast shutdown under load takes a moment, answering meanwhile.
    await pg.stop();
    stoppedAt = performance.now() - started;
    await sleep(options.downSeconds * 1000);
    await pg.start();
    upAt = performance.now() - started;
    await sleep(15_000);
  })();
  const samples = await runLoad({
    base: server.base,
    paths: pages,
    connections: options.connections,
    seconds: 120,
    until: driver,
  });
  done = true;
  await poller;
  const down = samples.filter((s) => s.at > stoppedAt && s.at <= upAt);
  const downStatuses = summarize(down, 1).statuses;
  // Asked and answered while it was down.
  const healthDown = health.filter((h) => h.sentAt > stoppedAt && h.at <= upAt);
  const firstHealthyAfter = health.find((h) => h.at > upAt && h.status === 200);
  // Recovery: the last request sent after PostgreSQL was back that still failed (a request sent while it
  // was down may be answered 503 later, from the queue: that is not a failure to recover).
  const failedAfter = samples.filter((s) => s.sentAt > upAt && (s.status < 200 || s.status >= 400));
  const recoveryMs = Math.max(
    0,
    (failedAfter
      .map((s) => s.sentAt)
      .sort((a, b) => a - b)
      .at(-1) ?? upAt) - upAt,
  );
  return {
    all: summarize(samples, (performance.now() - started) / 1000),
    answersWhileDown: down.length,
    statusesWhileDown: downStatuses,
    http500: samples.filter((s) => s.status === 500).length,
    http500Paths: [...new Set(samples.filter((s) => s.status >= 500 && s.status !== 503).map((s) => s.path))],
    other5xx: samples.filter((s) => s.status >= 500 && s.status !== 503).length,
    connectionErrors: samples.filter((s) => s.status === 0).length,
    healthWhileDown: summarize(
      healthDown.map((h) => ({ ...h, path: "/api/health", ms: 0 })),
      1,
    ).statuses,
    healthBackAfterMs: firstHealthyAfter ? Math.round(firstHealthyAfter.at - upAt) : null,
    lastErrorAfterPgBackMs: Math.round(recoveryMs),
  };
}
