import { randomBytes } from "node:crypto";

import { createDatabase } from "@/lib/db/create-client";
import type { DatabaseTarget } from "@/lib/db/engine";

// Signed-in people for the checks, written straight into the database as a sign-in would leave them (a
// user and a next-auth database session): the submission stream needs many, since contributions are
// limited per person (10 an hour) and per network (30), and the checks must not be those limits.
// For the embedded database this runs before the server opens the folder (one process per folder).

export interface Person {
  id: string;
  cookie: string;
  /** The person's own client address (X-Forwarded-For). */
  ip: string;
  role: "CONTRIBUTOR" | "MODERATOR" | "ADMIN";
}

/** Addresses are unique across calls: a person's per-network count is theirs alone. */
let nextAddress = 0;

export async function seedPeople(target: DatabaseTarget, count: number, role: Person["role"] = "CONTRIBUTOR") {
  const run = randomBytes(4).toString("hex");
  const handle = await createDatabase(target);
  try {
    const expires = new Date(Date.now() + 24 * 3600 * 1000);
    const rows = Array.from({ length: count }, (_, i) => {
      const n = nextAddress++;
      return {
        id: `resilience-${run}-${i}`,
        token: randomBytes(32).toString("base64url"),
        ip: `172.${16 + ((n >> 16) & 15)}.${(n >> 8) & 255}.${n & 255}`,
      };
    });
    await handle.db.user.createMany({
      data: rows.map((row, i) => ({
        id: row.id,
        name: `Resilience ${run} ${i}`,
        email: `${row.id}@example.org`,
        role,
      })),
    });
    await handle.db.session.createMany({
      data: rows.map((row) => ({ sessionToken: row.token, userId: row.id, expires })),
    });
    const people: Person[] = rows.map((row) => ({
      id: row.id,
      cookie: `next-auth.session-token=${row.token}`,
      ip: row.ip,
      role,
    }));
    return people;
  } finally {
    await handle.close();
  }
}
