import { createHash } from "node:crypto";

import type { Prisma } from "@/lib/db/generated/client";
import { ContentError } from "@/lib/seed/load-content-file";
import type { SeedCounts } from "@/lib/seed/seed-counts";

import type { RunbookFile } from "./load-runbook-files";
import type { RunbookDefinition } from "./schemas";

export function hashDefinition(definition: RunbookDefinition): string {
  return createHash("sha256").update(JSON.stringify(definition)).digest("hex");
}

/**
 * Stores each validated runbook. The version starts at 1 and goes up by one whenever the definition
 * changes, so links and transcripts made earlier can say which version they followed.
 */
export async function seedRunbooks(tx: Prisma.TransactionClient, files: RunbookFile[], counts: SeedCounts) {
  for (const { file, definition } of files) {
    const category = await tx.category.findUnique({ where: { slug: definition.category }, select: { id: true } });
    if (!category) throw new ContentError(`${file}: category "${definition.category}" is not in taxonomy.yaml`);
    const contentHash = hashDefinition(definition);
    const data = { title: definition.title, contentHash, definition: definition as Prisma.InputJsonValue };
    const existing = await tx.runbook.findUnique({ where: { slug: definition.category } });
    if (!existing) {
      await tx.runbook.create({ data: { slug: definition.category, categoryId: category.id, ...data } });
      counts.created++;
    } else if (existing.contentHash !== contentHash) {
      await tx.runbook.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } });
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
}
