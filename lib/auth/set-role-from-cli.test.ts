import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/test-database";

import { setRoleFromCli } from "./set-role-from-cli";

describe.each(testEngines)("npm run user:role on %s", (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
    await test.db.user.create({ data: { email: "ada@example.org", name: "Ada" } });
  });
  afterAll(() => test.close());

  it("sets the role and audits the change with the command line as actor", async () => {
    expect(await setRoleFromCli(test.db, ["ada@example.org", "admin"])).toEqual({
      email: "ada@example.org",
      role: "ADMIN",
      changed: true,
    });
    const entry = await test.db.auditEntry.findFirstOrThrow({ where: { action: "user.role" } });
    expect(entry).toMatchObject({ actorId: null, before: { role: "CONTRIBUTOR" }, after: { role: "ADMIN" } });
  });

  it("says what to fix for a bad role or an unknown person, and changes nothing", async () => {
    await expect(setRoleFromCli(test.db, ["ada@example.org", "ROOT"])).rejects.toThrow(
      /CONTRIBUTOR, MODERATOR or ADMIN/,
    );
    await expect(setRoleFromCli(test.db, ["bob@example.org", "MODERATOR"])).rejects.toThrow(/must sign in once first/);
    expect(await test.db.auditEntry.count()).toBe(1);
  });
});
