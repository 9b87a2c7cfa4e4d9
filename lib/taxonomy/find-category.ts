import "server-only";

import { cache } from "react";

import { getDb } from "@/lib/db";
import { isSlugParam } from "@/lib/validation/text";

/** One category with its group and sibling categories; null when the slug is unknown. Cached per request. */
export const findCategory = cache(async (slug: string) => {
  if (!isSlugParam(slug)) return null;
  const db = await getDb();
  return db.category.findUnique({
    where: { slug },
    select: {
      slug: true,
      title: true,
      tagline: true,
      summary: true,
      symptoms: true,
      runbook: { select: { slug: true, version: true } },
      group: {
        select: {
          slug: true,
          title: true,
          categories: { orderBy: { position: "asc" }, select: { slug: true, title: true } },
        },
      },
    },
  });
});

export type CategoryDetail = NonNullable<Awaited<ReturnType<typeof findCategory>>>;
