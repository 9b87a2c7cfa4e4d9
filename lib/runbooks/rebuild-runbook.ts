import { createHash } from "node:crypto";

import type { Prisma } from "@/lib/db/generated/client";
import { runbookNodeDocuments } from "@/lib/search/search-documents";
import { syncSearchDocuments } from "@/lib/search/sync-search-documents";

import { changeFromFields, foldRunbookChanges, runbookChangeFieldsSchema } from "./runbook-change";
import { runbookDefinitionSchema, type RunbookDefinition } from "./schemas";

export function hashDefinition(definition: RunbookDefinition): string {
  return createHash("sha256").update(JSON.stringify(definition)).digest("hex");
}

/** Approved runbook changes of one runbook, oldest approval first, each at its published revision. */
async function approvedChanges(tx: Prisma.TransactionClient, slug: string) {
  const rows = await tx.contribution.findMany({
    where: { kind: "RUNBOOK_CHANGE", categorySlug: slug, publishedRevision: { not: null } },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    select: { id: true, publishedRevision: true, revisions: { select: { number: true, fields: true } } },
  });
  return rows.map((row) => {
    const revision = row.revisions.find((r) => r.number === row.publishedRevision)!;
    return { id: row.id, change: changeFromFields(runbookChangeFieldsSchema.parse(revision.fields)) };
  });
}

/**
 * Makes the served runbook its file's definition plus every approved change, in the caller's
 * transaction. The version goes up only when the served definition actually changed, and the runbook's
 * search documents follow. Returns the changes that no longer apply (they are left out).
 */
export async function rebuildRunbook(tx: Prisma.TransactionClient, slug: string) {
  // One rebuild of a runbook at a time: the row lock holds a second approval here until the first has
  // committed, so it then reads that approval too instead of writing a definition without it. (Read
  // committed: each statement after the lock sees what committed before it.) Works on PGlite as well.
  await tx.$queryRaw`SELECT 1 FROM "Runbook" WHERE "slug" = ${slug} FOR UPDATE`;
  const row = await tx.runbook.findUniqueOrThrow({ where: { slug } });
  const source = runbookDefinitionSchema.parse(row.sourceDefinition);
  const { definition, skipped } = foldRunbookChanges(source, await approvedChanges(tx, slug));
  const contentHash = hashDefinition(definition);
  const changed = contentHash !== row.contentHash;
  if (changed) {
    await tx.runbook.update({
      where: { id: row.id },
      data: {
        title: definition.title,
        definition: definition as Prisma.InputJsonValue,
        contentHash,
        version: { increment: 1 },
      },
    });
  }
  await syncSearchDocuments(tx, ["RUNBOOK_NODE"], runbookNodeDocuments(definition), `runbook-node:${slug}/`);
  return { definition, changed, skipped };
}
