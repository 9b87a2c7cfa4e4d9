import type { Prisma } from "@/lib/db/generated/client";

/** One line of the audit log, written in the transaction of the action it records. */
export function recordAudit(
  tx: Prisma.TransactionClient,
  entry: {
    actorId: string | null;
    action: string;
    targetType: string;
    targetId: string;
    before?: Prisma.InputJsonValue;
    after?: Prisma.InputJsonValue;
  },
) {
  return tx.auditEntry.create({ data: entry });
}
