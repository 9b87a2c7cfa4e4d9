import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { createDatabase, type DatabaseHandle } from "./create-client";
import { createEmptyTestDatabase, withAdmin } from "./testing/test-database";

// PostgreSQL ends idle connections on its own: a restart, pg_terminate_backend, an idle-session timeout, a
// database dropped WITH (FORCE). The pool reports that as an "error" event, which kills the process when nobody
// listens; the portal must shrug it off and serve the next request on a new connection.
describe.skipIf(!process.env.TEST_DATABASE_URL)("PostgreSQL ends an idle pooled connection", () => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const { drop: dropDatabase, ...target } = await createEmptyTestDatabase("postgresql");
    drop = dropDatabase;
    handle = await createDatabase(target);
  });

  afterAll(async () => {
    await handle?.close();
    await drop?.();
  });

  it("keeps the process alive, warns, and answers the next query on a new connection", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const idlePid = await backendPid();

    await terminateBackend(idlePid);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringMatching(/closed an idle connection/)));

    expect(await backendPid()).not.toBe(idlePid);
    warn.mockRestore();
  });

  async function backendPid() {
    const rows = await handle.db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    return rows[0]!.pid;
  }
});

async function terminateBackend(pid: number) {
  await withAdmin(process.env.TEST_DATABASE_URL!, async (admin) => {
    const { rows } = await admin.query<{ ended: boolean }>("SELECT pg_terminate_backend($1) AS ended", [pid]);
    expect(rows[0]?.ended).toBe(true);
  });
}
