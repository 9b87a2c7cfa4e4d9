import "server-only";

import { getDb } from "@/lib/db";

export async function listUsers() {
  const db = await getDb();
  return db.user.findMany({
    orderBy: [{ role: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, suspendedAt: true, createdAt: true },
    take: 500,
  });
}

/** The newest audit entries first, with who acted. */
export async function listAuditEntries(limit = 200) {
  const db = await getDb();
  return db.auditEntry.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    include: { actor: { select: { name: true } } },
  });
}
