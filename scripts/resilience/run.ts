import { spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";

import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";

import { runHostile, type HostileResult } from "./hostile";
import { killRounds, type RoundResult } from "./kill-rounds";
import { count5xx, runLoad, summarize, type Sample } from "./load";
import { outage } from "./outage";
import { seedPeople, type Person } from "./people";
import { createOwnPostgres, type OwnPostgres } from "./postgres";
import { startServer, stopServer, type Server } from "../server-process";

// `npm run test:resilience` (issue 10, "Reliability, measured"), on the production build:
//   1. 200 connections on the main pages and the search API: no connection error, no 5xx, p99;
//   2. PostgreSQL stopped and started under that load: 503s (pages and /api/health), never a 500, and
//      recovery without restarting the app within 10 s of PostgreSQL being back;
//   3. kill -9 of the server during a stream of submissions, 3 rounds, on PGlite and on PostgreSQL: every
//      acknowledged submission is there after a plain restart;
//   4. hostile input on every API route and form: no 5xx.
// RESILIENCE_SECONDS shortens check 1 locally (default 60). Ports: RESILIENCE_PORT (3510, 3511) and
// RESILIENCE_PG_PORT (5462) for a PostgreSQL of its own, so that stopping it disturbs nobody. The port is
// below Linux's ephemeral range (32768–60999): while PostgreSQL is stopped under load, an outgoing
// connection may take a port in that range as its own, and the restart could not bind (CI, 55432).

const SECONDS = Number(process.env.RESILIENCE_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.RESILIENCE_CONNECTIONS ?? 200);
const PORT = Number(process.env.RESILIENCE_PORT ?? 3510);
const PG_PORT = Number(process.env.RESILIENCE_PG_PORT ?? 5462);
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
  return {
    slug: runbook.category,
    step,
    pages: [
      "/",
      // A step named without answers: served, cached, with the route from the root.
      `/runbooks/${runbook.category}/${step}`,
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
  const pgEngine: Engine = { label: "PostgreSQL", reportKey: "Postgresql", port: PORT, env: { DATABASE_URL: pg.url } };
  server = await startServer(pgEngine.port, pgEngine.env, logFileOf(pgEngine));
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
  const down = await outage(server, pg, known.pages, { connections: CONNECTIONS, downSeconds: DOWN_SECONDS });
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

  const postgresql = await hostileAndKillRounds(pgEngine, pgPeople, known);

  // The embedded database: checks 4 and 3.
  const pgliteEngine: Engine = { label: "PGlite", reportKey: "Pglite", port: PORT + 1, env: { PGLITE_DIR } };
  server = await startServer(pgliteEngine.port, pgliteEngine.env, logFileOf(pgliteEngine));
  const pglite = await hostileAndKillRounds(pgliteEngine, pglitePeople, known);

  for (const { engine, hostile } of [postgresql, pglite]) {
    for (const failure of hostile.failures) failures.push(`check 4 (${engine}): ${failure}`);
  }
  for (const { engine, rounds } of [postgresql, pglite]) {
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

interface Engine {
  /** As the output names it. */
  label: "PostgreSQL" | "PGlite";
  /** The suffix of its results in resilience.json (hostilePostgresql, killPglite). */
  reportKey: "Postgresql" | "Pglite";
  port: number;
  env: Record<string, string>;
}

function logFileOf(engine: Engine) {
  return `${LOG_DIR}/server-${engine.label.toLowerCase()}.log`;
}

type People = Awaited<ReturnType<typeof peopleFor>>;

/**
 * Checks 4 then 3 on one engine, whose server is running as `server`: hostile input; then that server is
 * stopped (and `server` cleared, so the run's `finally` does not stop it again) for the kill rounds.
 */
async function hostileAndKillRounds(engine: Engine, people: People, known: Awaited<ReturnType<typeof knownPaths>>) {
  const running = server!;
  log(`check 4 on ${engine.label}: hostile input on every API route and form`);
  const editable = await createContribution(running.base, people.hostile[0]!);
  const hostile = await runHostile(
    running.base,
    { contributor: people.hostile, ...people },
    { ...known, contributionId: editable },
  );
  report[`hostile${engine.reportKey}`] = hostile;
  printHostile(hostile);
  await stopServer(running);
  server = null;

  log(`check 3 on ${engine.label}: kill -9 during a stream of submissions, 3 rounds`);
  const rounds = await killRounds({
    port: engine.port,
    env: engine.env,
    people: people.stream,
    rounds: 3,
    logFile: logFileOf(engine),
    streamMs: () => 3_000 + Math.random() * 3_000,
  });
  report[`kill${engine.reportKey}`] = rounds;
  printRounds(engine.label, rounds);
  return { engine: engine.label, hostile, rounds };
}

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
