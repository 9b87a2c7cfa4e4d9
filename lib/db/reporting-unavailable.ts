import { headers } from "next/headers";

import { AppError } from "@/lib/errors";

import type { Database } from "./create-client";
import { markDatabaseUnreachable } from "./status-cache";
import { cachedPagePath, pathFromRequestPathHeader, REQUEST_PATH_HEADER } from "@/lib/page-cache/page-path";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "./unavailable";

/**
 * The app's client, with every query's "database unreachable" failure turned into one AppError UNAVAILABLE
 * (a 503 from every route handler, through errorResponse) and reported to the status the proxy reads, so
 * the next pages get the proxy's 503 page without trying the database.
 *
 * A page whose query was in flight when the database went away cannot set its own status: Next.js renders
 * any other error as 500. The error therefore also carries Next's redirect digest: the page answers 307
 * to itself, and that request meets the proxy's 503 page (or the page, if the database is back).
 */
export function reportingUnavailable(db: Database, engine: string): Database {
  const extended = db.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          if (!isDatabaseUnavailable(error)) throw error;
          markDatabaseUnreachable(engine);
          throw await databaseUnavailableError(error);
        }
      },
    },
  });
  // A query extension changes no method or type: the client keeps the type every lib module expects.
  return extended as unknown as Database;
}

export async function databaseUnavailableError(cause: unknown): Promise<AppError> {
  const error = new AppError("UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE, { retryAfterSeconds: 10 });
  error.cause = cause;
  const path = await requestPath();
  if (path) Object.assign(error, { digest: `NEXT_REDIRECT;replace;${path};307;` });
  return error;
}

/**
 * The page's own path: named by a cached page, or as the proxy saw it; null outside a page (route handlers,
 * scripts, tests). A cached page never reaches headers(): reading them would turn it per-request (a 500).
 */
async function requestPath(): Promise<string | null> {
  const path = cachedPagePath() ?? (await pathFromHeaders());
  // The digest is ";"-separated.
  return path?.replaceAll(";", "%3B") ?? null;
}

async function pathFromHeaders(): Promise<string | null> {
  try {
    return pathFromRequestPathHeader((await headers()).get(REQUEST_PATH_HEADER));
  } catch {
    return null;
  }
}
