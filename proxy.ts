import { NextResponse, type NextRequest } from "next/server";

import { cachedDatabaseStatus, isDatabaseDown } from "@/lib/db/check-database";
import { REQUEST_PATH_HEADER, requestPathHeaderValue } from "@/lib/page-cache/page-path";
import { getEnv } from "@/lib/env";
import { isCachedPage } from "@/lib/page-cache/cached-pages";
import { cachedStepQuery, isCachedStepPath, STEP_QUERY_HEADER } from "@/lib/runbooks/cached-step-path";
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
  if (isCachedStepPath(pathname)) return NextResponse.next();

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
  // A runbook step is served from an internal path that carries its answers: next.config.ts rewrites to it when
  // this header is set (lib/runbooks/cached-step-path.ts). Only the proxy sets it; a client's own is dropped.
  const stepQuery = cachedStepQuery(pathname, request.nextUrl.searchParams);
  if (stepQuery) requestHeaders.set(STEP_QUERY_HEADER, stepQuery);
  else requestHeaders.delete(STEP_QUERY_HEADER);
  // Cached pages are the same for everyone: their policy names their inline scripts' hashes and is set by
  // the page cache (lib/page-cache). Development renders every page afresh, so it keeps the nonce.
  if (!dev && (stepQuery || isCachedPage(pathname))) return NextResponse.next({ request: { headers: requestHeaders } });
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { dev });
  // Where a page whose database went away mid-render sends the browser back to (lib/db/reporting-unavailable.ts).
  requestHeaders.set(REQUEST_PATH_HEADER, requestPathHeaderValue(pathname + request.nextUrl.search));
  // Next.js reads the policy from the request to put the nonce on its own scripts.
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// API routes stay outside the proxy except for paths holding a "%": Next.js clones the body of every
// request the proxy sees (reading it to the end), which would defeat the API's own body limits.
// Runbook steps always pass, prefetches included, so that every request for a step meets its cached page.
export const config = {
  matcher: [
    "/api/:path(.*%.*)",
    "/runbooks/:path*",
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
