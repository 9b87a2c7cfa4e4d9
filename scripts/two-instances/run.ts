import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";

import { startServer, stopServer, type Server } from "../server-process";

import { formError, submitForm } from "./forms";
import { checkSiteConfig, findNginx, startNginx, type Nginx } from "./nginx";
import { measureThroughput } from "./throughput";
import { me, postOutcome, read, signInOn, streamTimes, type Page } from "./portal-client";

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

const log = (...args: unknown[]) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...args);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const failures: string[] = [];
function check(ok: boolean, message: string): boolean {
  if (!ok) {
    failures.push(message);
    console.log(`  ✗ ${message}`);
  }
  return ok;
}
const pass = (message: string) => console.log(`  ✓ ${message}`);

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
  const upstreams = new Set<string>();
  for (let i = 0; i < 6; i++) {
    const response = await fetch(`${nginxBase}/api/health`);
    await response.arrayBuffer();
    upstreams.add(response.headers.get("x-test-upstream") ?? "?");
  }
  if (check(upstreams.size === 2, `nginx reached ${[...upstreams].join(", ")}, not both instances`))
    pass(`nginx sends requests to both instances (${[...upstreams].join(", ")})`);
  // Each instance renders the page once, then serves it from its cache: read until both have answered HIT.
  const viaNginx: Page[] = [];
  const hits = new Set<string>();
  for (let i = 0; i < 12 && hits.size < 2; i++) {
    const page = await read(nginxBase, CATEGORY_PAGE);
    viaNginx.push(page);
    if (page.cache === "HIT") hits.add(page.upstream ?? "?");
  }
  const last = viaNginx.at(-1)!;
  const scriptSrc = last.policy?.split(/;\s*/).find((d) => d.startsWith("script-src ")) ?? "";
  check(
    viaNginx.every((p) => p.status === 200),
    `${CATEGORY_PAGE} through nginx: ${viaNginx.map((p) => p.status)}`,
  );
  check(
    hits.size === 2,
    `${CATEGORY_PAGE} through nginx was not served from both caches: ${viaNginx.map((p) => `${p.upstream} ${p.cache}`)}`,
  );
  if (
    check(
      /'sha256-/.test(scriptSrc) && !scriptSrc.includes("unsafe-inline") && !(last.policy ?? "").includes(", "),
      `the cached page's policy through nginx: ${last.policy}`,
    )
  )
    pass(`a cached page keeps one hash-based policy through nginx (${scriptSrc.slice(0, 40)}…)`);
  check(last.server === null || !/\d/.test(last.server), `nginx tells its version: Server: ${last.server}`);
  // The app's "s-maxage=…" would let a shared cache keep a page past an approval; nginx says "no-cache".
  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(last.html)?.[1];
  const assetCacheControl = asset ? (await fetch(nginxBase + asset)).headers.get("cache-control") : null;
  if (
    check(
      last.cacheControl === "no-cache" && /immutable/.test(assetCacheControl ?? ""),
      `Cache-Control through nginx: cached page "${last.cacheControl}", static file ${asset} "${assetCacheControl}"`,
    )
  )
    pass(`through nginx a cached page says "no-cache"; a static file keeps "${assetCacheControl}"`);
  // The MCP server through nginx (a 2025-era client: initialize on a stateless server, answered as JSON or
  // as an event stream, which nginx must pass unbuffered).
  const mcp = await fetch(`${nginxBase}/mcp`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "two-instances", version: "1" } },
    }),
  });
  const mcpBody = await mcp.text();
  if (
    check(
      mcp.status === 200 && mcpBody.includes('"serverInfo"'),
      `POST /mcp through nginx: ${mcp.status} ${mcpBody.slice(0, 200)}`,
    )
  )
    pass(`/mcp answers initialize through nginx (${mcp.headers.get("content-type")})`);

  // A stream through nginx: a probe of instance A's own /mcp streams one NDJSON line per check as it
  // completes (/api/probe; /mcp's own event streams end with their one answer). Buffered, the lines would
  // arrive together at the end: they must arrive over at least half of the probe's own duration.
  const probe = await streamTimes(`${nginxBase}/api/probe`, { url: `${A}/mcp` }, nginxBase);
  const end = /\{"type":"end","durationMs":(\d+)/.exec(probe.text);
  const probeMs = Number(end?.[1] ?? NaN);
  const spreadMs = probe.lines.length > 1 ? Math.round(probe.lines.at(-1)! - probe.lines[0]!) : 0;
  report.probeStream = { status: probe.status, lines: probe.lines.length, spreadMs, probeMs };
  if (
    check(
      probe.status === 200 && probe.lines.length > 2,
      `POST /api/probe through nginx: ${probe.status} ${probe.text.slice(0, 200)}`,
    )
  ) {
    if (!(probeMs >= 200)) console.log(`  - the probe took ${probeMs} ms: too short to tell streaming from buffering`);
    else if (
      check(
        spreadMs >= probeMs / 2,
        `nginx held the probe's stream back: ${probe.lines.length} lines over ${spreadMs} ms of a ${probeMs} ms probe`,
      )
    )
      pass(`a probe streams through nginx: ${probe.lines.length} lines over ${spreadMs} ms of a ${probeMs} ms probe`);
  }

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
  // A form (server action) through nginx: Next.js compares its Origin with the Host nginx passes on.
  const author = await signInOn(nginxBase, `Author ${run}`, "CONTRIBUTOR");
  const authorOnB = await me(B, author);
  if (check(authorOnB?.name === `Author ${run}`, `signed in through nginx, B sees ${JSON.stringify(authorOnB)}`))
    pass("the sign-in form works through nginx; B knows the session");
  const title = `Two instances check ${run}`;
  const created = await fetch(`${B}/api/contributions`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: author },
    body: JSON.stringify({
      kind: "COMMON_SOLUTION",
      title,
      categorySlug: CATEGORY,
      body: "Restart the agent after rotating the client secret so it stops presenting the old one.",
      problem: "The agent keeps presenting a rotated secret.",
    }),
  });
  const contribution = (await created.json()) as { id?: string; status?: string };
  if (created.status !== 201 || contribution.status !== "SUBMITTED") {
    throw new Error(`submitting a contribution on B answered ${created.status} ${JSON.stringify(contribution)}`);
  }
  const before = [await read(B, CATEGORY_PAGE), await read(B, CATEGORY_PAGE), await read(A, CATEGORY_PAGE)];
  check(before[1]!.cache === "HIT", `B did not serve ${CATEGORY_PAGE} from its cache: ${before[1]!.cache}`);
  check(
    before.every((p) => p.status === 200 && !p.html.includes(title)),
    `${CATEGORY_PAGE} showed the contribution before it was approved`,
  );
  // B is read without pause from before the approval until it serves the new content, so that its last
  // look at the content version is as recent as it gets: the delay measured is the one a reader sees.
  const reads: { sentAt: number; at: number; fresh: boolean }[] = [];
  let approved = Infinity;
  let stopReading = false;
  const reader = (async () => {
    while (!stopReading && performance.now() - approved < 5_000) {
      const sentAt = performance.now();
      const page = await read(B, CATEGORY_PAGE);
      const fresh = page.status === 200 && page.html.includes(title);
      reads.push({ sentAt, at: performance.now(), fresh });
      if (fresh) break;
      await sleep(10);
    }
  })();
  await sleep(1_000);
  const sent = performance.now();
  const review = await submitForm(
    A,
    `/contributions/${contribution.id}`,
    "Save review",
    { decision: "approve" },
    moderator,
  ).finally(() => (approved = performance.now()));
  if (review.status !== 303 || !review.location?.includes("reviewed=approved")) {
    stopReading = true;
    await reader;
    throw new Error(
      `the review on A answered ${review.status} ${review.location ?? ""} ${formError(review.body) || review.body.slice(0, 300)}`,
    );
  }
  pass(`approved on A in ${Math.round(approved - sent)} ms (the review form, posted as a browser does)`);
  const onAAfter = await read(A, CATEGORY_PAGE);
  check(onAAfter.html.includes(title), "A, where the approval happened, still served the old page");
  await reader;
  check(
    reads.filter((r) => r.sentAt < sent).every((r) => !r.fresh),
    "B showed the contribution before it was approved",
  );
  const firstFresh = reads.find((r) => r.fresh);
  const staleAfter = reads.filter((r) => !r.fresh && r.sentAt > approved);
  const delayMs = firstFresh ? Math.round(firstFresh.at - approved) : null;
  const invalidation = {
    delayMs,
    approvalMs: Math.round(approved - sent),
    readsOfBDuringApproval: reads.filter((r) => r.sentAt >= sent && r.sentAt <= approved).length,
    staleReadsAfterApproval: staleAfter.length,
    lastStaleReadSentAfterMs: staleAfter.length ? Math.round(staleAfter.at(-1)!.sentAt - approved) : null,
    freshReadTookMs: firstFresh ? Math.round(firstFresh.at - firstFresh.sentAt) : null,
  };
  report.invalidation = invalidation;
  if (
    check(
      delayMs !== null && delayMs <= INVALIDATION_LIMIT_MS,
      delayMs === null
        ? "B still served the page without the approved contribution 5 s after the approval"
        : `B served the new content ${delayMs} ms after the approval (limit ${INVALIDATION_LIMIT_MS} ms)`,
    )
  )
    pass(`B served the new content ${delayMs} ms after the approval answered: ${JSON.stringify(invalidation)}`);
  const afterViaNginx = [await read(nginxBase, CATEGORY_PAGE), await read(nginxBase, CATEGORY_PAGE)];
  check(
    afterViaNginx.every((p) => p.html.includes(title)),
    "through nginx an instance still served the page without the approved contribution",
  );

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
