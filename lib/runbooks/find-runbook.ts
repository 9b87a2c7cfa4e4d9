import "server-only";

import { cache } from "react";

import { getDb } from "@/lib/db";
import { isSlugParam } from "@/lib/validation/text";

import { runbookDefinitionSchema } from "./schemas";

/**
 * The served runbook for a category slug, its definition re-validated on the way out: the database copy
 * may later come from approved community edits, and a bad row must not reach a page.
 */
export const findRunbook = cache(async (slug: string) => {
  if (!isSlugParam(slug)) return null;
  const db = await getDb();
  const row = await db.runbook.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      version: true,
      definition: true,
      category: { select: { title: true } },
    },
  });
  if (!row) return null;
  const { definition, ...rest } = row;
  return { ...rest, definition: runbookDefinitionSchema.parse(definition) };
});

export type ServedRunbook = NonNullable<Awaited<ReturnType<typeof findRunbook>>>;
