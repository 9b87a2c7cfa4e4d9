import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";

import { startServer, stopServer, type Server } from "../server-process";

import { check, failures, log, pass } from "./checks";
import { checkApprovalReachesB } from "./invalidation";
import { checkSiteConfig, findNginx, startNginx, type Nginx } from "./nginx";
import { me, postOutcome, signInOn } from "./portal-client";
import { checkThroughNginx } from "./through-nginx";
import { measureThroughput } from "./throughput";

// `npm run test:two-instances` (issue 13, "Several instances on PostgreSQL"), on the production build: two
// `next start` instances on one PostgreSQL of the test's own, behind nginx configured from deploy/nginx.
//   1. nginx -t accepts deploy/nginx/portal.conf; nginx sends requests to both instances; a cached page
//      keeps its hash-based Content-Security-Policy through nginx; /mcp answers and a probe's NDJSON stream
//      arrives line by line through nginx;
//   2. a session made by signing in on instance A is signed in on instance B;
//   3. a rate limit counted on A is enforced on B; behind nginx, the client address is nginx's view of it
//      (a forged X-Forwarded-For escapes nothing) and a same-origin post passes the origin checks;
//   4. a cached category page read on B, then a contribution approved by a moderator on A (the review
//      form, posted as a browser does): B serves the new content within 1 s;
//   5. (unless --no-bench or TWO_INSTANCES_SECONDS=0) req/s and p99 at 20 connections, 10 s per page, on
//      the home page and a known issue: instance A directly, nginx → A, nginx → A and B.
// Ports: TWO_INSTANCES_PORT (3600: nginx; 3601, 3602: the instances; 3603: nginx → A alone) and
// TWO_INSTANCES_PG_PORT (5461). Everything it starts and every temporary folder is removed at the end.

const PORT = Number(process.env.TWO_INSTANCES_PORT ?? 3600);
const PG_PORT = Number(process.env.TWO_INSTANCES_PG_PORT ?? 5461);
const BENCH_SECONDS = process.argv.includes("--no-bench") ? 0 : Number(process.env.TWO_INSTANCES_SECONDS ?? 10);
const CONNECTIONS = 20;
const INVALIDATION_LIMIT_MS = 1_000;
const CATEGORY = "token-expiration-issues";
const CATEGORY_PAGE = `/categories/${CATEGORY}`;

// Everything started is stopped, in reverse order, at the end, on failure and on Ctrl-C.
const cleanups: (() => Promise<unknown>)[] = [];
async function cleanUp() {
  while (cleanups.length) {
    await cleanups.pop()!().catch((error: unknown) => console.error("clean-up:", error));
  }
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping everything the test started`);
    void cleanUp().finally(() => process.exit(130));
  });
}

function dbSetup(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "db:setup"], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: "pipe",
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`db:setup failed:\n${output}`))));
  });
}

function tail(file: string, lines = 30): string {
  if (!existsSync(file)) return "(no log)";
  return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

if (!existsSync(".next/BUILD_ID")) {
  console.error(
    "No production build (.next/BUILD_ID): run `npm run build` first; this test starts `next start` twice.",
  );
  process.exit(1);
}
const nginxBin = findNginx();
if (!nginxBin) {
  console.error("nginx is not installed: `apt-get install nginx` (Debian), or set NGINX_BIN to its binary.");
  process.exit(1);
}

/** Nothing listens there: a server left over from another run would otherwise answer in an instance's place. */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}
const ports = [PORT, PORT + 1, PORT + 2, PORT + 3, PG_PORT];
const busy = [];
for (const port of ports) if (!(await portFree(port))) busy.push(port);
if (busy.length) {
  console.error(
    `Port ${busy.join(", ")} on 127.0.0.1 is in use (this test needs ${ports.join(", ")}): stop what listens there, or set TWO_INSTANCES_PORT and TWO_INSTANCES_PG_PORT.`,
  );
  process.exit(1);
}

const report: Record<string, unknown> = { date: new Date().toISOString() };
const logDir = mkdtempSync(path.join(tmpdir(), "two-instances-logs-"));
cleanups.push(async () => rmSync(logDir, { recursive: true, force: true }));
const logs = { a: path.join(logDir, "instance-a.log"), b: path.join(logDir, "instance-b.log") };
let nginx: Nginx | null = null;
let nginxOne: Nginx | null = null;

try {
  log("check 1a: nginx -t on deploy/nginx/portal.conf (a self-signed certificate in place of the real one)");
  const syntax = checkSiteConfig(nginxBin);
  if (syntax === null) console.log("  - skipped: no openssl to make a certificate");
  else pass(syntax.split("\n").at(-1)!);

  // scripts/resilience/postgres.ts reads PG_BIN when loaded (default: PostgreSQL 15's). Unset and without
  // 15, the newest Debian's package installed.
  if (!process.env.PG_BIN && !existsSync("/usr/lib/postgresql/15/bin/initdb") && existsSync("/usr/lib/postgresql")) {
    const newest = readdirSync("/usr/lib/postgresql")
      .filter((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`))
      .sort((x, y) => Number(y) - Number(x))[0];
    if (newest) process.env.PG_BIN = `/usr/lib/postgresql/${newest}/bin`;
  }
  const { createOwnPostgres } = await import("../resilience/postgres");
  log(`PostgreSQL of our own on 127.0.0.1:${PG_PORT}, migrated and seeded`);
  const seeded = performance.now();
  const pg = await createOwnPostgres(PG_PORT);
  cleanups.push(() => pg.destroy());
  await dbSetup(pg.url);
  log(`ready in ${Math.round((performance.now() - seeded) / 1000)} s`);

  const nginxBase = `http://127.0.0.1:${PORT}`;
  // What every instance shares (README, "Several instances behind nginx").
  const env = {
    DATABASE_URL: pg.url,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    PUBLIC_URL: nginxBase,
    TRUSTED_PROXY_HOPS: "1",
  };
  log(`instances A on ${PORT + 1} and B on ${PORT + 2} (next start), nginx on ${PORT} → both, ${PORT + 3} → A`);
  const starting = await Promise.allSettled([startServer(PORT + 1, env, logs.a), startServer(PORT + 2, env, logs.b)]);
  for (const s of starting) if (s.status === "fulfilled") cleanups.push(() => stopServer(s.value));
  const refused = starting.find((s) => s.status === "rejected");
  if (refused) throw refused.reason;
  const [a, b] = starting.map((s) => (s as PromiseFulfilledResult<Server>).value) as [Server, Server];
  log(`started in ${a.readyMs} ms and ${b.readyMs} ms`);
  nginx = await startNginx(nginxBin, PORT, [PORT + 1, PORT + 2]);
  cleanups.push(() => nginx!.stop());
  nginxOne = await startNginx(nginxBin, PORT + 3, [PORT + 1]);
  cleanups.push(() => nginxOne!.stop());
  const A = a.base;
  const B = b.base;

  log("check 1b: through nginx");
  report.probeStream = await checkThroughNginx(nginxBase, A, CATEGORY_PAGE);

  log("check 2: a session made on A is signed in on B");
  const run = randomBytes(3).toString("hex");
  const moderatorName = `Moderator ${run}`;
  const moderator = await signInOn(A, moderatorName, "MODERATOR");
  const onB = await me(B, moderator);
  if (check(onB?.name === moderatorName && onB.role === "MODERATOR", `B sees ${JSON.stringify(onB)}`))
    pass(`signed in on A, B says: ${JSON.stringify(onB)}`);
  const throughNginx = [await me(nginxBase, moderator), await me(nginxBase, moderator)];
  check(
    throughNginx.every((u) => u?.name === moderatorName),
    `through nginx the session is ${JSON.stringify(throughNginx)}`,
  );

  log("check 3: a rate limit counted on A is enforced on B");
  const runbooks = await loadRunbookFiles();
  const withResolution = runbooks.find((r) => r.definition.nodes.some((n) => n.kind === "resolution"))!.definition;
  const runbook = {
    slug: withResolution.category,
    nodeId: withResolution.nodes.find((n) => n.kind === "resolution")!.id,
  };
  // "Did this fix it?": 5 answers per IP in 10 minutes (lib/rate-limit/policies.ts).
  const client = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  const onA: number[] = [];
  for (let i = 0; i < 5; i++) onA.push(await postOutcome(A, runbook, { "x-forwarded-for": client }));
  const sixthOnB = await postOutcome(B, runbook, { "x-forwarded-for": client });
  if (check(onA.every((s) => s === 201) && sixthOnB === 429, `5 answers on A: ${onA}; the 6th, on B: ${sixthOnB}`))
    pass(`5 answers on A: ${onA.join(",")}; the 6th, on B: ${sixthOnB}`);
  // Through nginx: posts from "different" addresses that the client wrote itself, alternating between
  // the instances, are one client (nginx's view of it) with TRUSTED_PROXY_HOPS=1; the Origin check passes.
  const viaProxy: number[] = [];
  for (let i = 0; i < 6; i++) {
    viaProxy.push(
      await postOutcome(nginxBase, runbook, { "x-forwarded-for": `198.51.100.${i + 1}`, origin: nginxBase }),
    );
  }
  if (
    check(
      viaProxy.slice(0, 5).every((s) => s === 201) && viaProxy[5] === 429,
      `6 answers through nginx with forged X-Forwarded-For and the portal's Origin: ${viaProxy} (want 5 × 201, then 429)`,
    )
  )
    pass(`through nginx, forged X-Forwarded-For and the portal's Origin: ${viaProxy.join(",")}`);

  log("check 4: approved on A, the cached page on B changes within 1 s");
  report.invalidation = await checkApprovalReachesB({
    A,
    B,
    nginxBase,
    moderator,
    run,
    category: CATEGORY,
    limitMs: INVALIDATION_LIMIT_MS,
  });

  if (BENCH_SECONDS > 0) {
    log(`throughput: ${CONNECTIONS} connections, ${BENCH_SECONDS} s per page and setup`);
    const throughput = await measureThroughput({
      setups: { "instance A directly": A, "nginx → 1 instance": nginxOne.base, "nginx → 2 instances": nginxBase },
      warm: [A, B],
      connections: CONNECTIONS,
      seconds: BENCH_SECONDS,
    });
    for (const problem of throughput.problems) check(false, problem);
    report.throughput = throughput.report;
  }
} catch (error) {
  failures.push(`the run stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  if (failures.length) {
    for (const [name, file] of Object.entries(logs))
      console.log(`\n--- instance ${name.toUpperCase()} log (end)\n${tail(file)}`);
    for (const n of [nginx, nginxOne])
      if (n) console.log(`\n--- nginx ${n.base} error log\n${n.errorLog().trim() || "(empty)"}`);
  }
  await cleanUp();
}

report.failures = failures;
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/two-instances.json", JSON.stringify(report, null, 2));
console.log(
  failures.length
    ? `\nFAILED:\n- ${failures.join("\n- ")}`
    : "\nTwo instances behind nginx: shared sessions and rate limits, cached pages retired on both.",
);
process.exit(failures.length ? 1 : 0);
