import { NextResponse, type NextRequest } from "next/server";

import { cachedDatabaseStatus, isDatabaseDown } from "@/lib/db/check-database";
import { REQUEST_PATH_HEADER, requestPathHeaderValue } from "@/lib/page-cache/page-path";
import { decodeQuerySegment } from "@/lib/page-cache/query-segment";
import { getEnv } from "@/lib/env";
import { isCachedPage } from "@/lib/page-cache/cached-pages";
import { isCachedKnownIssuesPath } from "@/lib/known-issues/cached-list-path";
import { cachedKnownIssuesPath } from "@/lib/known-issues/list-query";
import { cachedStepPath, isCachedStepPath, isStepPath } from "@/lib/runbooks/cached-step-path";
import { admitSearchPage, SEARCH_REFUSED_HEADER } from "@/lib/search/admit-search-page";
import { cachedSearchPath, isCachedSearchPath } from "@/lib/search/cached-search-path";
import { databaseUnavailablePage } from "@/lib/security/database-unavailable-page";
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, createNonce } from "@/lib/security/headers";
import { refuseBrokenAction } from "@/lib/security/check-action-request";
import { badRequestPathReason } from "@/lib/security/request-path";

// Runs before every page: refuses paths no route can decode, gives each page rendered per request a fresh CSP
// nonce (cached pages get a hash policy from the page cache), and answers 503 with a plain explanation when the
// database cannot be reached, instead of letting pages fail one query at a time.
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const badPath = badRequestPathReason(pathname);
  if (badPath) {
    return Response.json(
      { error: { code: "BAD_REQUEST", message: badPath } },
      {
        status: 400,
        headers: { "Cache-Control": "no-store", "Content-Security-Policy": API_CONTENT_SECURITY_POLICY },
      },
    );
  }
  // API routes reach the proxy only for the path check above (see the matcher).
  if (pathname.startsWith("/api/")) return NextResponse.next();
  // A step's internal path asked for by its own name: a cached page, whose policy the page cache sets. Adding a
  // nonce policy here would block its scripts.
  if (isCachedStepPath(pathname) || isCachedKnownIssuesPath(pathname)) return NextResponse.next();
  // A search's internal path asked for by its own name would skip the per-IP limit: sent to its public URL.
  if (isCachedSearchPath(pathname)) return redirectToPublicSearch(request);

  // Form posts (server actions) Next.js would answer with a 500: other origin, too large, undecodable.
  const brokenAction = await refuseBrokenAction(request);
  if (brokenAction) {
    brokenAction.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
    return brokenAction;
  }

  const database = await cachedDatabaseStatus();
  if (isDatabaseDown(database)) {
    return new NextResponse(databaseUnavailablePage(database.reason), {
      status: 503,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Retry-After": "10",
        "Cache-Control": "no-store",
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      },
    });
  }

  const dev = getEnv().NODE_ENV === "development";
  const requestHeaders = new Headers(request.headers);
  // A page whose content depends on its query is served from an internal path that carries it (a runbook step's
  // answers, the list's valid filters, a search once it is counted against the per-IP limit): one cached page per
  // query; the list always is, so it has no page of its own. A step without answers is cached at its own path (its
  // walker reads the address bar). A refused search goes to the page rendered per request, which shows the limit's
  // message.
  const internalPath =
    cachedStepPath(pathname, request.nextUrl.searchParams) ??
    cachedKnownIssuesPath(pathname, request.nextUrl.searchParams) ??
    (await admittedSearchPath(request, requestHeaders));
  const init = { request: { headers: requestHeaders } };
  // Relative to request.url, the address the router knows the server by (next.config.ts `skipProxyUrlNormalize`):
  // a rewrite to any other origin would be proxied over HTTP.
  const forward = () =>
    internalPath
      ? NextResponse.rewrite(new URL(internalPath + request.nextUrl.search, request.url), init)
      : NextResponse.next(init);
  // Cached pages are the same for everyone: their policy names their inline scripts' hashes and is set by
  // the page cache (lib/page-cache). Development renders every page afresh, so it keeps the nonce.
  if (!dev && (internalPath || isStepPath(pathname) || isCachedPage(pathname))) return forward();
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { dev });
  // Where a page whose database went away mid-render sends the browser back to (lib/db/reporting-unavailable.ts).
  requestHeaders.set(REQUEST_PATH_HEADER, requestPathHeaderValue(pathname + request.nextUrl.search));
  // Next.js reads the policy from the request to put the nonce on its own scripts.
  requestHeaders.set("Content-Security-Policy", csp);
  const response = forward();
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/**
 * The internal path of a search's cached page once the search is counted; null when the page rendered per request
 * serves it, with the limit's refusal in a header when there is one (a client's own is dropped).
 */
async function admittedSearchPath(request: NextRequest, requestHeaders: Headers): Promise<string | null> {
  requestHeaders.delete(SEARCH_REFUSED_HEADER);
  const path = cachedSearchPath(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (!path) return null;
  const admission = await admitSearchPage(request.nextUrl.searchParams, request.headers);
  if (admission.kind === "refused") requestHeaders.set(SEARCH_REFUSED_HEADER, admission.message);
  return admission.kind === "cached" ? path : null;
}

function redirectToPublicSearch(request: NextRequest) {
  const segment = request.nextUrl.pathname.split("/")[2]!;
  const url = new URL(`/search?${decodeQuerySegment(segment)}`, request.url);
  return NextResponse.redirect(url, 308);
}

// API routes stay outside the proxy except for paths holding a "%": Next.js clones the body of every
// request the proxy sees (reading it to the end), which would defeat the API's own body limits.
// Runbook steps, searches and the known-issue list always pass, prefetches included, so that every request for one
// meets its cached page and every search is counted.
export const config = {
  matcher: [
    "/api/:path(.*%.*)",
    "/runbooks/:path*",
    "/search/:path*",
    // The list with a filter; without one it is rewritten by next.config.ts (lib/known-issues/unfiltered-list.ts).
    { source: "/known-issues", has: [{ type: "query", key: "category" }] },
    { source: "/known-issues", has: [{ type: "query", key: "status" }] },
    { source: "/known-issues", has: [{ type: "query", key: "severity" }] },
    { source: "/known-issues", has: [{ type: "query", key: "component" }] },
    { source: "/known-issues", has: [{ type: "query", key: "revision" }] },
    { source: "/known-issues", has: [{ type: "query", key: "page" }] },
    // Posts to the list (its server action, or anything else with a body) meet the form checks above.
    { source: "/known-issues", has: [{ type: "header", key: "next-action" }] },
    { source: "/known-issues", has: [{ type: "header", key: "content-type" }] },
    "/known-issues/~/:path*",
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt|known-issues$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
