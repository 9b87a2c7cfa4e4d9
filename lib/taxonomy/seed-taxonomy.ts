import type { Prisma } from "@/lib/db/generated/client";
import type { SeedCounts } from "@/lib/seed/seed-counts";
import { syncRow } from "@/lib/seed/sync-row";

import type { TaxonomyFile } from "./schemas";

/**
 * Makes the groups and categories match the taxonomy file. Rows missing from the file are kept:
 * runbooks and contributions point at them, so removing a category is a deliberate migration.
 */
export async function seedTaxonomy(
  tx: Prisma.TransactionClient,
  taxonomy: TaxonomyFile,
  counts: SeedCounts,
): Promise<void> {
  for (const [groupIndex, group] of taxonomy.groups.entries()) {
    const groupData = { title: group.title, summary: group.summary, position: groupIndex };
    const groupId = await syncRow({
      existing: await tx.categoryGroup.findUnique({ where: { slug: group.slug } }),
      data: groupData,
      create: () => tx.categoryGroup.create({ data: { slug: group.slug, ...groupData } }),
      update: (id) => tx.categoryGroup.update({ where: { id }, data: groupData }),
      counts,
    });

    for (const [categoryIndex, category] of group.categories.entries()) {
      const data = {
        title: category.title,
        tagline: category.tagline,
        summary: category.summary,
        symptoms: category.symptoms,
        position: categoryIndex,
        groupId,
      };
      await syncRow({
        existing: await tx.category.findUnique({ where: { slug: category.slug } }),
        data,
        create: () => tx.category.create({ data: { slug: category.slug, ...data } }),
        update: (id) => tx.category.update({ where: { id }, data }),
        counts,
      });
    }
  }
}
