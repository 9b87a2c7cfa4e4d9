// Which errors mean "the database cannot be reached" (answered 503, never 500), seen on PostgreSQL 15
// stopped under load with @prisma/adapter-pg 7.10 (scripts/resilience): a query in flight fails with
// P2010 wrapping SQLSTATE 57P01 ("terminating connection due to administrator command") or with pg's own
// plain `Error("Connection terminated unexpectedly")`; the next ones with P1001 / DatabaseNotReachable.

/** What a person or a client is told, with a 503. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  "The database cannot be reached right now. Nothing you sent was lost; try again in a few seconds.";

/** Prisma's codes for a database it cannot reach, lost mid-query, or could not get a connection to. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** Driver adapter error kinds (@prisma/driver-adapter-utils) that say the same. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** SQLSTATE: class 08 (connection exception), shutdown and start-up (57P01-57P03), too many connections. */
const SQLSTATE = /^(08...|57P0[123]|53300)$/;
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"]);
/** node-postgres throws these as plain errors, without a code. */
const PG_MESSAGES = [
  "Connection terminated unexpectedly",
  "Connection terminated",
  "Client has encountered a connection error and is not queryable",
  "timeout exceeded when trying to connect",
  // PGlite closed under the client (the embedded engine shutting down).
  "PGlite is closed",
];

type Inspectable = {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
};

/** True for an error, or an error caused by one, that means the database is unreachable right now. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  const e = error as Inspectable;
  if (typeof e.code === "string") {
    if (PRISMA_CODES.has(e.code) || NODE_CODES.has(e.code) || SQLSTATE.test(e.code)) return true;
  }
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && PG_MESSAGES.includes(e.message)) return true;
  return isDatabaseUnavailable(e.meta?.driverAdapterError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}
