import net from "node:net";

import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";

import { errorResponse } from "@/lib/errors";

import { cachedDatabaseStatus, isDatabaseDown } from "./check-database";
import { createDatabase, type DatabaseHandle } from "./create-client";
import { loadForCachedPage } from "@/lib/page-cache/page-path";
import { reportingUnavailable } from "./reporting-unavailable";
import { statusStore } from "./status-cache";
import { isDatabaseUnavailable } from "./unavailable";

// The database going away under load (scripts/resilience, issue 10): a query in flight, or the next one,
// must end in a 503 that says so, and the proxy must stop sending pages to the database at once.
// Before this, they were 500s ("Something failed on our side").

const servers: net.Server[] = [];
const handles: DatabaseHandle[] = [];
afterEach(async () => {
  await Promise.all(handles.splice(0).map((handle) => handle.close()));
  for (const server of servers.splice(0)) server.close();
  delete statusStore().entry;
});

/** A PostgreSQL server that lets a client connect and then drops the connection on its first query. */
async function serverDroppingQueries(): Promise<number> {
  const server = net.createServer((socket) => {
    let started = false;
    socket.on("data", () => {
      if (started) return void socket.destroy();
      started = true;
      const ok = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0]); // AuthenticationOk
      const ready = Buffer.from([0x5a, 0, 0, 0, 5, 0x49]); // ReadyForQuery (idle)
      socket.write(Buffer.concat([ok, ready]));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as net.AddressInfo).port;
}

async function appClient(url: string) {
  const handle = await createDatabase({ engine: "postgresql", url });
  handles.push(handle);
  return reportingUnavailable(handle.db, "postgresql");
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("the query should have failed"),
    (error: unknown) => error,
  );
}

async function expect503(error: unknown) {
  const response = errorResponse(error);
  expect(response.status).toBe(503);
  expect(response.headers.get("Retry-After")).toBe("10");
  expect((await response.json()).error).toMatchObject({
    code: "UNAVAILABLE",
    message: expect.stringContaining("The database cannot be reached right now"),
  });
}

describe("a database that goes away", () => {
  it("ends a query in flight whose connection drops in a 503, and marks the database down for the proxy", async () => {
    const db = await appClient(`postgresql://portal:portal@127.0.0.1:${await serverDroppingQueries()}/portal`);
    const error = await failure(db.user.findMany());
    await expect503(error);
    expect(await cachedDatabaseStatus()).toMatchObject({ status: "unreachable", reason: "connection lost" });
  });

  it("answers 503 for a query to a server that refuses connections, raw queries included", async () => {
    const port = await serverDroppingQueries();
    servers.pop()!.close();
    const db = await appClient(`postgresql://portal:portal@127.0.0.1:${port}/portal`);
    await expect503(await failure(db.$queryRaw`SELECT 1`));
    await expect503(await failure(db.user.count()));
  });

  it("answers 503 for the driver's errors that reach a route without the app's client (transaction start)", async () => {
    const port = await serverDroppingQueries();
    servers.pop()!.close();
    const handle = await createDatabase({ engine: "postgresql", url: `postgresql://p:p@127.0.0.1:${port}/p` });
    handles.push(handle);
    await expect503(await failure(handle.db.$transaction(async (tx) => tx.user.count())));
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("sends a cached page whose database went away back to itself (a 307 the page cache never keeps), not a 500", async () => {
    const port = await serverDroppingQueries();
    servers.pop()!.close();
    const db = await appClient(`postgresql://portal:portal@127.0.0.1:${port}/portal`);
    const error = await failure(loadForCachedPage("/known-issues/a;b", () => db.knownIssue.count()));
    expect(error).toMatchObject({ digest: "NEXT_REDIRECT;replace;/known-issues/a%3Bb;307;" });
    await expect503(error);
    // Outside a page (a route handler, a script) there is no page to go back to: the 503 alone.
    expect(await failure(db.knownIssue.count())).not.toHaveProperty("digest");
  });

  it("leaves other failures a 500: a mistake in a query is not an outage", async () => {
    expect(errorResponse(new Error("relation does not exist")).status).toBe(500);
    expect(isDatabaseUnavailable({ code: "P2002" })).toBe(false);
    expect(isDatabaseUnavailable({ code: "42P01" })).toBe(false);
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    "ends a query whose PostgreSQL backend is terminated (SQLSTATE 57P01, as at shutdown) in a 503",
    async () => {
      const db = await appClient(process.env.TEST_DATABASE_URL!);
      const marker = `resilience_${Date.now()}`;
      const inFlight = failure(db.$queryRawUnsafe(`SELECT pg_sleep(5) AS ${marker}`));
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      try {
        for (let attempt = 0; attempt < 50; attempt++) {
          const { rowCount } = await admin.query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()",
            [`%AS ${marker}%`],
          );
          if (rowCount) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      } finally {
        await admin.end();
      }
      await expect503(await inFlight);
    },
  );
});

describe("isDatabaseDown (what the proxy answers 503 for)", () => {
  it("is a refused or lost connection, not a probe that waited in a busy pool past its time limit", () => {
    expect(isDatabaseDown({ status: "unreachable", engine: "postgresql", reason: "connection failed" })).toBe(true);
    expect(isDatabaseDown({ status: "unreachable", engine: "postgresql", reason: "connection lost" })).toBe(true);
    expect(isDatabaseDown({ status: "unreachable", engine: "postgresql", reason: "no answer within 3 s" })).toBe(false);
    expect(isDatabaseDown({ status: "ok", engine: "postgresql", latencyMs: 1 })).toBe(false);
  });
});
