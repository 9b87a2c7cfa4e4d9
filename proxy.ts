import { NextResponse, type NextRequest } from "next/server";

import { cachedDatabaseStatus } from "@/lib/db/check-database";
import { getEnv } from "@/lib/env";
import { databaseUnavailablePage } from "@/lib/security/database-unavailable-page";
import { contentSecurityPolicy, createNonce } from "@/lib/security/headers";

// Runs before every page: gives each response a fresh CSP nonce, and answers 503 with a plain
// explanation when the database cannot be reached, instead of letting pages fail one query at a time.
export async function proxy(request: NextRequest) {
  const database = await cachedDatabaseStatus();
  if (database.status !== "ok") {
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

  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { dev: getEnv().NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Next.js reads the policy from the request to put the nonce on its own scripts.
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
