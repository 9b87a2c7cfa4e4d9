import type { Prisma } from "@/lib/db/generated/client";
import { ContentError } from "@/lib/seed/load-content-file";
import type { SeedCounts } from "@/lib/seed/seed-counts";

import type { RunbookFile } from "./load-runbook-files";
import { hashDefinition, rebuildRunbook } from "./rebuild-runbook";

/**
 * Stores each validated runbook file as its runbook's source, then serves the source with the approved
 * community changes applied: re-seeding never drops an approved change. The version starts at 1 and goes
 * up by one whenever the served definition changes, so links and transcripts can say which one they
 * followed. Returns the approved changes a changed file no longer leaves room for.
 */
export async function seedRunbooks(tx: Prisma.TransactionClient, files: RunbookFile[], counts: SeedCounts) {
  const skipped: { runbook: string; id: string; problems: string[] }[] = [];
  for (const { file, definition } of files) {
    const category = await tx.category.findUnique({ where: { slug: definition.category }, select: { id: true } });
    if (!category) throw new ContentError(`${file}: category "${definition.category}" is not in taxonomy.yaml`);
    const sourceHash = hashDefinition(definition);
    const source = { sourceHash, sourceDefinition: definition as Prisma.InputJsonValue };
    const existing = await tx.runbook.findUnique({ where: { slug: definition.category } });
    if (!existing) {
      await tx.runbook.create({
        data: {
          slug: definition.category,
          categoryId: category.id,
          title: definition.title,
          contentHash: sourceHash,
          definition: definition as Prisma.InputJsonValue,
          ...source,
        },
      });
    } else if (existing.sourceHash !== sourceHash) {
      await tx.runbook.update({ where: { id: existing.id }, data: source });
    }
    const rebuilt = await rebuildRunbook(tx, definition.category);
    skipped.push(...rebuilt.skipped.map((s) => ({ runbook: definition.category, ...s })));
    if (!existing) counts.created++;
    else if (existing.sourceHash !== sourceHash || rebuilt.changed) counts.updated++;
    else counts.unchanged++;
  }
  return { skipped };
}
