import type { Prisma } from "@/lib/db/generated/client";

type Queryable = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * Bumps the content version (prisma/schema.prisma `ContentVersion`) inside the caller's transaction, so the
 * new version is visible exactly when the change it announces is; returns the new version.
 */
export async function bumpContentVersion(tx: Queryable): Promise<number> {
  const rows = await tx.$queryRaw<{ version: number }[]>`
    INSERT INTO "ContentVersion" ("id", "version", "changedAt") VALUES (1, 1, now())
    ON CONFLICT ("id") DO UPDATE SET "version" = "ContentVersion"."version" + 1, "changedAt" = now()
    RETURNING "version"`;
  return Number(rows[0]!.version);
}

/** The current content version; 0 before any content was written. */
export async function readContentVersion(db: Queryable): Promise<number> {
  const rows = await db.$queryRaw<{ version: number }[]>`SELECT "version" FROM "ContentVersion" WHERE "id" = 1`;
  return rows.length > 0 ? Number(rows[0]!.version) : 0;
}
