import "server-only";

import { getDb } from "@/lib/db";

/** The three groups with their categories, in the seed page's order, for the home page. */
export async function listCategoryGroups() {
  const db = await getDb();
  return db.categoryGroup.findMany({
    orderBy: { position: "asc" },
    select: {
      slug: true,
      title: true,
      summary: true,
      categories: { orderBy: { position: "asc" }, select: { slug: true, title: true, tagline: true } },
    },
  });
}

export type CategoryGroupListing = Awaited<ReturnType<typeof listCategoryGroups>>[number];
