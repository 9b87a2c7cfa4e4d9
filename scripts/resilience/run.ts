import { spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";

import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";

import { runHostile, type HostileResult } from "./hostile";
import { killRounds, type RoundResult } from "./kill-rounds";
import { count5xx, runLoad, summarize, type Sample } from "./load";
import { seedPeople, type Person } from "./people";
import { createOwnPostgres, type OwnPostgres } from "./postgres";
import { startServer, stopServer, type Server } from "./server";

// `npm run test:resilience` (issue 10, "Reliability, measured"), on the production build:
//   1. 200 connections on the main pages and the search API: no connection error, no 5xx, p99;
//   2. PostgreSQL stopped and started under that load: 503s (pages and /api/health), never a 500, and
//      recovery without restarting the app within 10 s of PostgreSQL being back;
//   3. kill -9 of the server during a stream of submissions, 3 rounds, on PGlite and on PostgreSQL: every
//      acknowledged submission is there after a plain restart;
//   4. hostile input on every API route and form: no 5xx.
// RESILIENCE_SECONDS shortens check 1 locally (default 60). Ports: RESILIENCE_PORT (3510, 3511) and
// RESILIENCE_PG_PORT (55432) for a PostgreSQL of its own, so that stopping it disturbs nobody.

const SECONDS = Number(process.env.RESILIENCE_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.RESILIENCE_CONNECTIONS ?? 200);
const PORT = Number(process.env.RESILIENCE_PORT ?? 3510);
const PG_PORT = Number(process.env.RESILIENCE_PG_PORT ?? 55432);
const PGLITE_DIR = "./data/resilience-pglite";
const LOG_DIR = "resilience-results";
const DOWN_SECONDS = 8;
const RECOVERY_LIMIT_MS = 10_000;

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(1);
}
rmSync(LOG_DIR, { recursive: true, force: true });
mkdirSync(LOG_DIR, { recursive: true });

const failures: string[] = [];
const check = (ok: boolean, message: string) => {
  if (!ok) failures.push(message);
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (...args: unknown[]) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...args);

function setup(env: Record<string, string>, label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "db:setup"], { env: { ...process.env, ...env }, stdio: "pipe" });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`db:setup (${label}) failed:\n${output}`))));
  });
}

async function peopleFor(target: Parameters<typeof seedPeople>[0]) {
  return {
    stream: await seedPeople(target, 200),
    hostile: await seedPeople(target, 20),
    moderator: (await seedPeople(target, 1, "MODERATOR"))[0]!,
    admin: (await seedPeople(target, 1, "ADMIN"))[0]!,
  };
}

async function knownPaths(base: string) {
  const runbook = (await loadRunbookFiles())[0]!.definition;
  const html = await (await fetch(`${base}/known-issues`)).text();
  const knownIssue = /href="(\/known-issues\/[^"?#]+)"/.exec(html)?.[1];
  if (!knownIssue) throw new Error("no known issue linked from /known-issues");
  const step = runbook.nodes[1]?.id ?? runbook.nodes[0]!.id;
  // A step named without the answers leading to it redirects to the URL that carries them: load that one.
  const named = await fetch(`${base}/runbooks/${runbook.category}/${step}`, { redirect: "manual" });
  const stepPath = named.headers.get("location") ?? `/runbooks/${runbook.category}/${step}`;
  return {
    slug: runbook.category,
    step,
    pages: [
      "/",
      new URL(stepPath, base).pathname + new URL(stepPath, base).search,
      "/categories/token-expiration-issues",
      knownIssue,
      "/search?q=token+expired",
      "/api/search?q=invalid_grant",
    ],
  };
}

async function createContribution(base: string, person: Person): Promise<string> {
  const response = await fetch(`${base}/api/contributions`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: person.cookie, "x-forwarded-for": person.ip },
    body: JSON.stringify({
      kind: "COMMON_SOLUTION",
      title: "Resilience check: a contribution to edit",
      categorySlug: "token-expiration-issues",
      body: "Restart the agent after rotating the client secret so it stops presenting the old one.",
      problem: "The agent keeps presenting a rotated secret.",
    }),
  });
  const body = (await response.json()) as { id?: string };
  if (response.status !== 201 || !body.id) throw new Error(`could not create a contribution: ${JSON.stringify(body)}`);
  return body.id;
}

/** Check 2: the load runs on; PostgreSQL stops for DOWN_SECONDS and starts again. */
async function outage(server: Server, pg: OwnPostgres, pages: string[]) {
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
    await sleep(DOWN_SECONDS * 1000);
    await pg.start();
    upAt = performance.now() - started;
    await sleep(15_000);
  })();
  const samples = await runLoad({
    base: server.base,
    paths: pages,
    connections: CONNECTIONS,
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

const report: Record<string, unknown> = { date: new Date().toISOString(), seconds: SECONDS, connections: CONNECTIONS };
let pg: OwnPostgres | null = null;
let server: Server | null = null;
try {
  log(`PostgreSQL of our own on 127.0.0.1:${PG_PORT}; migrating and seeding it and ${PGLITE_DIR}`);
  pg = await createOwnPostgres(PG_PORT);
  rmSync(PGLITE_DIR, { recursive: true, force: true });
  rmSync(`${PGLITE_DIR}.lock`, { force: true });
  const seeded = performance.now();
  await Promise.all([setup({ DATABASE_URL: pg.url }, "PostgreSQL"), setup({ PGLITE_DIR }, "PGlite")]);
  log(`migrated and seeded both in ${Math.round((performance.now() - seeded) / 1000)} s`);
  const pgPeople = await peopleFor({ engine: "postgresql", url: pg.url });
  const pglitePeople = await peopleFor({ engine: "pglite", dataDir: PGLITE_DIR });

  // PostgreSQL: checks 1, 2, 4, then 3.
  const pgEnv = { DATABASE_URL: pg.url };
  server = await startServer(PORT, pgEnv, `${LOG_DIR}/server-postgresql.log`);
  const known = await knownPaths(server.base);
  for (const page of known.pages) await (await fetch(server.base + page)).arrayBuffer();

  log(`check 1: ${CONNECTIONS} connections for ${SECONDS} s on ${known.pages.join(", ")}`);
  const samples: Sample[] = await runLoad({
    base: server.base,
    paths: known.pages,
    connections: CONNECTIONS,
    seconds: SECONDS,
  });
  const load = summarize(samples, SECONDS);
  const perPath = Object.fromEntries(
    known.pages.map((p) => {
      const s = summarize(
        samples.filter((x) => x.path === p),
        SECONDS,
      );
      return [p, { requests: s.requests, p50Ms: s.p50Ms, p99Ms: s.p99Ms, statuses: s.statuses }];
    }),
  );
  report.load = { ...load, perPath };
  console.log(load);
  console.table(perPath);
  check(
    load.connectionErrors === 0,
    `check 1: ${load.connectionErrors} connection errors ${JSON.stringify(load.errorKinds)}`,
  );
  check(count5xx(samples) === 0, `check 1: ${count5xx(samples)} answers were 5xx ${JSON.stringify(load.statuses)}`);

  log(`check 2: PostgreSQL stopped for ${DOWN_SECONDS} s under the same load, then started`);
  const down = await outage(server, pg, known.pages);
  report.outage = down;
  console.log(down);
  check(
    down.http500 === 0 && down.other5xx === 0,
    `check 2: ${down.http500} answers 500, ${down.other5xx} other non-503 5xx`,
  );
  check(down.connectionErrors === 0, `check 2: ${down.connectionErrors} connection errors`);
  const unexpectedWhileDown = Object.keys(down.statusesWhileDown).filter((s) => !["200", "307", "503"].includes(s));
  check(unexpectedWhileDown.length === 0, `check 2: statuses while down ${JSON.stringify(down.statusesWhileDown)}`);
  check((down.statusesWhileDown["503"] ?? 0) > 0, "check 2: no 503 while PostgreSQL was down");
  check(
    Object.keys(down.healthWhileDown).every((s) => s === "503"),
    `check 2: /api/health while down ${JSON.stringify(down.healthWhileDown)}`,
  );
  check(
    down.lastErrorAfterPgBackMs <= RECOVERY_LIMIT_MS,
    `check 2: errors until ${down.lastErrorAfterPgBackMs} ms after PostgreSQL was back`,
  );

  log("check 4 on PostgreSQL: hostile input on every API route and form");
  const editable = await createContribution(server.base, pgPeople.hostile[0]!);
  const hostilePg = await runHostile(
    server.base,
    { contributor: pgPeople.hostile, ...pgPeople },
    { ...known, contributionId: editable },
  );
  report.hostilePostgresql = hostilePg;
  printHostile(hostilePg);
  await stopServer(server);
  server = null;

  log("check 3 on PostgreSQL: kill -9 during a stream of submissions, 3 rounds");
  const killPg = await killRounds({
    port: PORT,
    env: pgEnv,
    people: pgPeople.stream,
    rounds: 3,
    logFile: `${LOG_DIR}/server-postgresql.log`,
    streamMs: () => 3_000 + Math.random() * 3_000,
  });
  report.killPostgresql = killPg;
  printRounds("PostgreSQL", killPg);

  // The embedded database: checks 4 and 3.
  const pgliteEnv = { PGLITE_DIR };
  server = await startServer(PORT + 1, pgliteEnv, `${LOG_DIR}/server-pglite.log`);
  log("check 4 on PGlite: hostile input on every API route and form");
  const editableLite = await createContribution(server.base, pglitePeople.hostile[0]!);
  const hostileLite = await runHostile(
    server.base,
    { contributor: pglitePeople.hostile, ...pglitePeople },
    { ...known, contributionId: editableLite },
  );
  report.hostilePglite = hostileLite;
  printHostile(hostileLite);
  await stopServer(server);
  server = null;

  log("check 3 on PGlite: kill -9 during a stream of submissions, 3 rounds");
  const killLite = await killRounds({
    port: PORT + 1,
    env: pgliteEnv,
    people: pglitePeople.stream,
    rounds: 3,
    logFile: `${LOG_DIR}/server-pglite.log`,
    streamMs: () => 3_000 + Math.random() * 3_000,
  });
  report.killPglite = killLite;
  printRounds("PGlite", killLite);

  for (const [engine, hostile] of [
    ["PostgreSQL", hostilePg],
    ["PGlite", hostileLite],
  ] as const) {
    for (const failure of hostile.failures) failures.push(`check 4 (${engine}): ${failure}`);
  }
  for (const [engine, rounds] of [
    ["PostgreSQL", killPg],
    ["PGlite", killLite],
  ] as const) {
    for (const r of rounds) {
      check(
        r.missing.length === 0,
        `check 3 (${engine}) round ${r.round}: acknowledged but missing ${r.missing.join(", ")}`,
      );
      check(r.serverErrors === 0, `check 3 (${engine}) round ${r.round}: ${r.serverErrors} answers 5xx`);
      check(r.acknowledged > 0, `check 3 (${engine}) round ${r.round}: nothing was acknowledged before the kill`);
    }
  }
} catch (error) {
  failures.push(`the run stopped: ${error instanceof Error ? error.stack : String(error)}`);
} finally {
  if (server) await stopServer(server);
  await pg?.destroy();
}

report.failures = failures;
writeFileSync(`${LOG_DIR}/resilience.json`, JSON.stringify(report, null, 2));
console.log(failures.length ? `\nFAILED:\n- ${failures.join("\n- ")}` : "\nAll four resilience checks passed.");
process.exit(failures.length ? 1 : 0);

function printHostile(result: HostileResult) {
  console.log(
    `${result.requests} hostile requests over ${result.routes} route files and every form: ${JSON.stringify(result.statuses)}`,
  );
  for (const failure of result.failures) console.log(`  ✗ ${failure}`);
}

function printRounds(engine: string, rounds: RoundResult[]) {
  console.table(
    rounds.map((r) => ({
      engine,
      round: r.round,
      sent: r.sent,
      acknowledged: r.acknowledged,
      "in flight at kill": r.cutOff,
      "5xx": r.serverErrors,
      "restart ms": r.restartMs,
      "missing after restart": r.missing.length,
    })),
  );
}
