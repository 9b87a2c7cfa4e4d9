import type { Prisma } from "@/lib/db/generated/client";

import type { SearchDocumentInput, SearchDocumentType } from "./search-documents";

const FIELDS = [
  "type",
  "url",
  "title",
  "signatures",
  "signaturesNormalized",
  "symptoms",
  "body",
  "categorySlug",
  "status",
  "severity",
  "componentNames",
  "revisions",
] as const;

/** Documents of published contributions belong to moderation, not to the seed (lib/contributions). */
const CONTRIBUTION_PREFIX = "contribution:";

/**
 * Makes the search documents of the given types (and ids starting with `idPrefix`, if given) exactly
 * `documents`: new ones are created, changed ones updated, stale ones deleted, identical ones left
 * alone (so a second seed writes nothing).
 */
export async function syncSearchDocuments(
  tx: Prisma.TransactionClient,
  types: SearchDocumentType[],
  documents: SearchDocumentInput[],
  idPrefix = "",
) {
  const existing = new Map(
    (
      await tx.searchDocument.findMany({
        where: {
          type: { in: types },
          id: { startsWith: idPrefix },
          NOT: { id: { startsWith: CONTRIBUTION_PREFIX } },
        },
      })
    ).map((row) => [row.id, row]),
  );
  const wanted = new Set(documents.map((d) => d.id));
  const stale = [...existing.keys()].filter((id) => !wanted.has(id));
  if (stale.length > 0) await tx.searchDocument.deleteMany({ where: { id: { in: stale } } });
  let written = 0;
  for (const document of documents) {
    const row = existing.get(document.id);
    const { id, ...data } = document;
    if (!row) {
      await tx.searchDocument.create({ data: document });
      written++;
    } else if (FIELDS.some((field) => JSON.stringify(row[field]) !== JSON.stringify(document[field]))) {
      await tx.searchDocument.update({ where: { id }, data });
      written++;
    }
  }
  return { written, deleted: stale.length };
}
