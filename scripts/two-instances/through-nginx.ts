import { check, pass } from "./checks";
import { read, streamTimes, type Page } from "./portal-client";

// Check 1b of `npm run test:two-instances` (run.ts): what passes through nginx — both instances reached, a
// cached page's hash-based policy and Cache-Control, /mcp, and a probe's NDJSON stream arriving unbuffered.

/** Runs the checks through nginx (`nginxBase`); the probe checks instance A's own /mcp. Returns the stream's numbers. */
export async function checkThroughNginx(nginxBase: string, A: string, categoryPage: string) {
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
    const page = await read(nginxBase, categoryPage);
    viaNginx.push(page);
    if (page.cache === "HIT") hits.add(page.upstream ?? "?");
  }
  const last = viaNginx.at(-1)!;
  const scriptSrc = last.policy?.split(/;\s*/).find((d) => d.startsWith("script-src ")) ?? "";
  check(
    viaNginx.every((p) => p.status === 200),
    `${categoryPage} through nginx: ${viaNginx.map((p) => p.status)}`,
  );
  check(
    hits.size === 2,
    `${categoryPage} through nginx was not served from both caches: ${viaNginx.map((p) => `${p.upstream} ${p.cache}`)}`,
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
  const probeStream = { status: probe.status, lines: probe.lines.length, spreadMs, probeMs };
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
  return probeStream;
}
