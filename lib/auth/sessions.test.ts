import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/test-database";
import { executeMutation } from "@/lib/mutations/define-mutation";

import { devSignIn, suspendUser } from "./mutations";
import { PRIVILEGED_IDLE_TIMEOUT_SECONDS, readSession } from "./read-session";
import type { Role, SessionUser } from "./roles";
import { setRoleFromCli } from "./set-role-from-cli";

describe.each(testEngines)("sessions, idle timeout and suspension on %s", (engine) => {
  let test: TestDatabase;
  let admin: SessionUser;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
    const row = await test.db.user.create({ data: { name: "Root", email: "root@test.invalid", role: "ADMIN" } });
    admin = { id: row.id, name: "Root", role: "ADMIN" };
  });
  afterAll(() => test.close());

  const start = new Date("2026-12-01T09:00:00Z");
  const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
  let tokens = 0;
  async function signedIn(role: Role) {
    const user = await test.db.user.create({
      data: { name: `${role} ${tokens}`, email: `${role.toLowerCase()}-${tokens}@test.invalid`, role },
    });
    const sessionToken = `token-${tokens++}`;
    await test.db.session.create({
      data: { sessionToken, userId: user.id, expires: minutes(60 * 24 * 30), lastActiveAt: start },
    });
    return { user, sessionToken };
  }

  it("ends a moderator's or admin's session after 30 idle minutes, and keeps it while it is used", async () => {
    expect(PRIVILEGED_IDLE_TIMEOUT_SECONDS).toBe(30 * 60);
    for (const role of ["MODERATOR", "ADMIN"] as const) {
      const active = await signedIn(role);
      expect(await readSession(test.db, active.sessionToken, minutes(20))).toMatchObject({ role });
      expect(await readSession(test.db, active.sessionToken, minutes(45))).toMatchObject({ role });

      const idle = await signedIn(role);
      expect(await readSession(test.db, idle.sessionToken, minutes(31))).toBeNull();
      expect(await test.db.session.count({ where: { sessionToken: idle.sessionToken } })).toBe(0);
    }
  });

  it("keeps a contributor's session across an idle hour, until it expires", async () => {
    const { sessionToken } = await signedIn("CONTRIBUTOR");
    expect(await readSession(test.db, sessionToken, minutes(90))).toMatchObject({ role: "CONTRIBUTOR" });
    expect(await readSession(test.db, sessionToken, minutes(60 * 24 * 31))).toBeNull();
  });

  it("suspending a person ends every session of theirs at once and refuses the development sign-in", async () => {
    const { user, sessionToken } = await signedIn("MODERATOR");
    const { sessionToken: second } = await executeMutation(
      test.db,
      devSignIn,
      { name: "Suspect", role: "CONTRIBUTOR" },
      { user: null, ip: "127.0.0.1", sessionToken: null },
    );
    const suspect = await test.db.user.findUniqueOrThrow({ where: { email: "suspect@dev-sign-in.invalid" } });
    const context = { user: admin, ip: "127.0.0.1", sessionToken: null };
    for (const target of [user.id, suspect.id]) {
      await executeMutation(test.db, suspendUser, { userId: target, suspend: "true" }, context);
    }
    expect(await readSession(test.db, sessionToken, minutes(1))).toBeNull();
    expect(await readSession(test.db, second)).toBeNull();
    expect(await test.db.session.count({ where: { userId: { in: [user.id, suspect.id] } } })).toBe(0);
    await expect(
      executeMutation(test.db, devSignIn, { name: "Suspect", role: "ADMIN" }, { ...context, user: null }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("suspended") });
    const audit = await test.db.auditEntry.findFirstOrThrow({ where: { action: "user.suspend", targetId: user.id } });
    expect(audit).toMatchObject({ actorId: admin.id, after: { endedSessions: 1 } });

    await executeMutation(test.db, suspendUser, { userId: suspect.id, suspend: "false" }, context);
    await expect(
      executeMutation(test.db, devSignIn, { name: "Suspect", role: "CONTRIBUTOR" }, { ...context, user: null }),
    ).resolves.toMatchObject({ sessionToken: expect.any(String) });
  });

  it("refuses to let an admin suspend themselves", async () => {
    await expect(
      executeMutation(
        test.db,
        suspendUser,
        { userId: admin.id, suspend: "true" },
        { user: admin, ip: "127.0.0.1", sessionToken: null },
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("npm run user:role -- <email> SUSPENDED suspends from the command line; a role restores", async () => {
    const { user, sessionToken } = await signedIn("CONTRIBUTOR");
    expect(await setRoleFromCli(test.db, [user.email!, "suspended"])).toMatchObject({ changed: true });
    expect(await readSession(test.db, sessionToken, minutes(1))).toBeNull();
    expect((await test.db.user.findUniqueOrThrow({ where: { id: user.id } })).suspendedAt).not.toBeNull();
    expect(await setRoleFromCli(test.db, [user.email!, "CONTRIBUTOR"])).toMatchObject({ changed: true });
    expect((await test.db.user.findUniqueOrThrow({ where: { id: user.id } })).suspendedAt).toBeNull();
  });
});
