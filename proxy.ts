import { NextResponse, type NextRequest } from "next/server";

import { cachedDatabaseStatus, isDatabaseDown } from "@/lib/db/check-database";
import { REQUEST_PATH_HEADER, requestPathHeaderValue } from "@/lib/page-cache/page-path";
import { getEnv } from "@/lib/env";
import { isCachedPage } from "@/lib/page-cache/cached-pages";
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
  // Cached pages are the same for everyone: their policy names their inline scripts' hashes and is set by
  // the page cache (lib/page-cache). Development renders every page afresh, so it keeps the nonce.
  if (!dev && isCachedPage(pathname)) return NextResponse.next();
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { dev });
  const requestHeaders = new Headers(request.headers);
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
export const config = {
  matcher: [
    "/api/:path(.*%.*)",
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
