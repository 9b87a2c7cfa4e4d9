import "server-only";

import { cache } from "react";

import { getDb } from "@/lib/db";

/** slug → title for every category, for labels. */
export const listCategoryTitles = cache(async (): Promise<Record<string, string>> => {
  const db = await getDb();
  const rows = await db.category.findMany({ select: { slug: true, title: true } });
  return Object.fromEntries(rows.map((row) => [row.slug, row.title]));
});
