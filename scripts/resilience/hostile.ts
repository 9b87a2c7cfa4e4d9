import { readdirSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { Readable } from "node:stream";

import { MALFORMED_PATHS, NUL_PATHS } from "../../e2e/hostile-cases";

import { actionCases, type Body, type Case } from "./hostile-actions";
import type { Person } from "./people";

// Check 4: hostile input on every API route and every form (server action): oversized, malformed JSON,
// wrong types, invalid UTF-8 and percent-encodings, NUL bytes. Any 5xx or dropped connection fails.
// Every route file under app/ must have cases here (checked below), so a new API cannot be forgotten.

const JSON_TYPE = { "content-type": "application/json" };
const INVALID_UTF8 = Buffer.concat([
  Buffer.from('{"title":"'),
  Buffer.from([0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80]),
  Buffer.from('"}'),
]);
const technique = {
  kind: "DIAGNOSTIC_TECHNIQUE",
  title: "Hostile input check of the resilience test",
  categorySlug: "token-expiration-issues",
  body: "Compare the token's exp claim with the server clock before anything else: skew fails tokens early.",
  steps: ["Decode the token"],
  reveals: "Whether the token expired.",
};

/** A body that never says how long it is and goes on past any limit (a chunked upload of `mb` MB). */
const endless = (mb: number) => () =>
  Readable.from(
    (function* () {
      const chunk = Buffer.alloc(64 * 1024, "a");
      for (let i = 0; i < mb * 16; i++) yield chunk;
    })(),
  );

/** The JSON-body cases, for every route that reads one. */
function jsonBodies(route: string, method: string, url: string, as?: Case["as"]): Case[] {
  const make = (name: string, body: Body, headers: Record<string, string> = JSON_TYPE): Case => ({
    route,
    name: `${method} ${url} ${as ?? "signed out"}: ${name}`,
    method,
    path: url,
    headers,
    body,
    as,
  });
  return [
    make("malformed JSON", '{"kind":'),
    make("JSON null", "null"),
    make("JSON array", "[]"),
    make("JSON string", '"DIAGNOSTIC_TECHNIQUE"'),
    make(
      "wrong types",
      JSON.stringify({ kind: 1, title: {}, categorySlug: [], body: null, steps: "x", baseVersion: "a" }),
    ),
    make(
      "NUL in every field",
      JSON.stringify(
        Object.fromEntries(
          Object.entries(technique).map(([k, v]) => [k, Array.isArray(v) ? [`${v[0]}\u0000`] : `${v}\u0000`]),
        ),
      ),
    ),
    make("lone surrogate", `{"kind":"DIAGNOSTIC_TECHNIQUE","title":"Lone \\ud800 surrogate title","body":"\\udfff"}`),
    make("invalid UTF-8 bytes", INVALID_UTF8),
    make("deep nesting", "[".repeat(200_000) + "]".repeat(200_000)),
    make("huge number", '{"baseVersion":1e309,"nodeId":-0,"fixed":9007199254740993}'),
    make("600 KB declared", JSON.stringify({ ...technique, body: "x".repeat(600 * 1024) })),
    make("20 MB chunked, no length", endless(20)),
    make("wrong content type", JSON.stringify(technique), { "content-type": "text/plain" }),
    make("multipart that is not", "--x\r\nnope", { "content-type": "multipart/form-data; boundary=x" }),
    make("form with bad percent-encoding", "title=%ZZ&kind=%00&body=%C0%AF", {
      "content-type": "application/x-www-form-urlencoded",
    }),
    make("empty body", ""),
  ];
}

const queryVariants = [
  "?q=%00",
  "?q=%ZZ",
  "?q=%C0%AF",
  "?q=%FF%FE",
  `?q=${"a".repeat(6000)}`,
  "?q=a&q=b&limit=-1",
  "?limit=1e309&type=%00&category[]=x&status=..%2F",
];

function cases(known: { slug: string; step: string; contributionId: string }): Case[] {
  const { slug, step, contributionId } = known;
  const get = (route: string, paths: string[], as?: Case["as"]): Case[] =>
    paths.map((p) => ({ route, name: `GET ${p}${as ? ` as ${as}` : ""}`, method: "GET", path: p, as }));
  return [
    ...get(
      "app/api/search/route.ts",
      queryVariants.map((q) => `/api/search${q}`),
    ),
    ...get("app/api/health/route.ts", ["/api/health?%00=%ZZ"]),
    ...get("app/api/me/route.ts", ["/api/me?%00=%ZZ"]),
    ...get("app/api/openapi.json/route.ts", ["/api/openapi.json?x=%C0%AF"]),
    ...get("app/api/runbooks/[slug]/route.ts", [
      "/api/runbooks/%00",
      "/api/runbooks/%ZZ",
      `/api/runbooks/${"x".repeat(5000)}`,
      `/api/runbooks/${slug}?node=%00`,
    ]),
    ...jsonBodies("app/api/runbooks/[slug]/outcomes/route.ts", "POST", `/api/runbooks/${slug}/outcomes`),
    ...jsonBodies("app/api/runbooks/[slug]/outcomes/route.ts", "POST", "/api/runbooks/%00/outcomes"),
    ...jsonBodies("app/api/contributions/route.ts", "POST", "/api/contributions"),
    ...jsonBodies("app/api/contributions/route.ts", "POST", "/api/contributions", "contributor"),
    ...jsonBodies("app/api/contributions/[id]/route.ts", "PUT", `/api/contributions/${contributionId}`, "contributor"),
    ...jsonBodies("app/api/contributions/[id]/route.ts", "PUT", "/api/contributions/%00", "contributor"),
    ...jsonBodies("app/api/contributions/[id]/route.ts", "PUT", "/api/contributions/%ZZ"),
    ...jsonBodies("app/api/probe/route.ts", "POST", "/api/probe", "contributor"),
    ...jsonBodies("app/mcp/route.ts", "POST", "/mcp"),
    ...get("app/mcp/route.ts", ["/mcp", "/mcp?%00"]),
    ...get("app/api/auth/[...nextauth]/route.ts", [
      "/api/auth/session",
      "/api/auth/csrf",
      "/api/auth/providers",
      "/api/auth/%00",
      "/api/auth/callback/email?token=%00&email=%ZZ",
      "/api/auth/signin?callbackUrl=%00",
    ]),
    ...jsonBodies("app/api/auth/[...nextauth]/route.ts", "POST", "/api/auth/signin/email"),
    ...jsonBodies("app/api/auth/[...nextauth]/route.ts", "POST", "/api/auth/signout"),
    ...get("app/feed.xml/route.ts", ["/feed.xml?%00=%ZZ", "/feed.xml?category=%C0%AF"]),
    // Both build absolute URLs from the forwarded host when PUBLIC_URL is unset: a forged one must not break them.
    ...["app/sitemap.xml/route.ts", "app/robots.txt/route.ts"].flatMap((route): Case[] => {
      const path = route.includes("sitemap") ? "/sitemap.xml" : "/robots.txt";
      return [
        ...get(route, [`${path}?%00=%ZZ`]),
        {
          route,
          name: `GET ${path} with a forged forwarded host`,
          method: "GET",
          path,
          headers: { "x-forwarded-host": '"><script>x</script>%00', "x-forwarded-proto": "javascript" },
        },
      ];
    }),
    ...get("app/(site)/runbooks/[slug]/transcript/route.ts", [
      `/runbooks/${slug}/transcript?node=%00`,
      `/runbooks/${slug}/transcript?node=${step}&${step}=%ZZ&x=${"y".repeat(5000)}`,
      "/runbooks/%00/transcript",
    ]),
    ...get("app/(site)/runbooks/[slug]/flowchart.svg/route.ts", [
      `/runbooks/${slug}/flowchart.svg?node=%00`,
      `/runbooks/${slug}/flowchart.svg?${step}=%C0%AF`,
      "/runbooks/%ZZ/flowchart.svg",
    ]),
    ...get("pages", [
      ...NUL_PATHS,
      ...MALFORMED_PATHS,
      "/search?q=%00",
      "/search?q=%FF",
      `/search?q=${"a".repeat(6000)}`,
      `/runbooks/${slug}/${step}?${step}=%00`,
      "/sign-in?returnTo=%00",
      "/sign-in?returnTo=/..//evil.example/x",
      "/known-issues?page=%00&category=%ZZ",
      `/known-issues?component=${"a".repeat(5000)}&page=99999999999999999999`,
      "/known-issues/~/q%00",
      "/known-issues/~/q../../api",
    ]),
  ];
}

let caseCounter = 0;

function send(base: string, c: Case, cookie: string | undefined): Promise<{ status: number; error?: string }> {
  return new Promise((resolve) => {
    const url = new URL(base);
    const body = typeof c.body === "function" ? c.body() : c.body;
    const headers: Record<string, string | number> = {
      "x-forwarded-for": `192.0.2.${caseCounter++ % 250}, 198.18.${(caseCounter >> 8) & 255}.${caseCounter & 255}`,
      ...c.headers,
    };
    if (cookie) headers.cookie = cookie;
    if (body !== undefined && !(body instanceof Readable)) headers["content-length"] = Buffer.byteLength(body);
    const request = http.request(
      { host: url.hostname, port: url.port, method: c.method, path: c.path, headers },
      (response) => {
        response.on("data", () => undefined);
        response.on("end", () => resolve({ status: response.statusCode ?? 0 }));
        response.on("error", (error) => resolve({ status: 0, error: error.message }));
      },
    );
    request.setTimeout(60_000, () => request.destroy(new Error("timeout")));
    request.on("error", (error: NodeJS.ErrnoException) => {
      // A server may refuse an oversized upload before reading it and close: EPIPE/ECONNRESET on our side
      // after a 4xx answer is fine; without an answer it is a dropped connection.
      resolve({ status: 0, error: error.code ?? error.message });
    });
    if (body instanceof Readable) body.pipe(request);
    else request.end(body);
  });
}

export interface HostileResult {
  requests: number;
  statuses: Record<string, number>;
  failures: string[];
  routes: number;
}

export async function runHostile(
  base: string,
  people: { contributor: Person[]; moderator: Person; admin: Person },
  known: { slug: string; step: string; contributionId: string },
): Promise<HostileResult> {
  const cookieFor = (as: Case["as"], i: number) =>
    as === "admin"
      ? people.admin.cookie
      : as === "moderator"
        ? people.moderator.cookie
        : as
          ? people.contributor[i % people.contributor.length]!.cookie
          : undefined;
  const forms: Case[] = [];
  for (const [page, as] of [
    ["/sign-in", undefined],
    ["/contribute", "contributor"],
    [`/contributions/${known.contributionId}/edit`, "contributor"],
    ["/moderation", "moderator"],
    ["/admin", "admin"],
    [`/runbooks/${known.slug}/${known.step}`, undefined],
  ] as const) {
    const html = await (
      await fetch(base + page, { headers: cookieFor(as, 0) ? { cookie: cookieFor(as, 0)! } : {} })
    ).text();
    const ids = [
      ...new Set([...html.matchAll(/(?:\$ACTION_ID_|&quot;id&quot;:&quot;)([0-9a-f]{20,})/g)].map((m) => m[1]!)),
    ];
    forms.push(...actionCases(new URL(base).origin, page, ids, as));
  }
  const all = [...cases(known), ...forms];
  const missingRoutes = routeFiles().filter((file) => !all.some((c) => c.route === file));
  const failures: string[] = missingRoutes.map((file) => `no hostile cases for ${file}`);
  const statuses: Record<string, number> = {};
  let i = 0;
  for (const c of all) {
    const { status, error } = await send(base, c, cookieFor(c.as, i++));
    statuses[status || "dropped"] = (statuses[status || "dropped"] ?? 0) + 1;
    if (status === 0 || status >= 500) failures.push(`${c.name} → ${status || error}`);
  }
  const health = await fetch(`${base}/api/health`);
  if (!health.ok) failures.push(`the server is unhealthy afterwards: ${health.status}`);
  return { requests: all.length, statuses, failures, routes: routeFiles().length };
}

/** Every route handler under app/ (APIs, feed, flowchart, transcript, MCP). */
function routeFiles(dir = "app"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}
