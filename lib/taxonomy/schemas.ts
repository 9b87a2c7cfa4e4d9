import { z } from "zod";

import { slugField, textField } from "@/lib/seed/content-fields";

const slug = slugField();
const prose = textField;

export const categoryFileSchema = z.object({
  slug,
  title: prose(80),
  tagline: prose(120),
  summary: prose(1200),
  symptoms: z.array(prose(240)).min(3, "needs at least 3 symptoms").max(10),
});

export const categoryGroupFileSchema = z.object({
  slug,
  title: prose(80),
  summary: prose(600),
  categories: z.array(categoryFileSchema).min(1),
});

export const taxonomyFileSchema = z
  .object({ groups: z.array(categoryGroupFileSchema).min(1) })
  .superRefine((taxonomy, ctx) => {
    const seen = new Set<string>();
    for (const slugValue of taxonomy.groups.flatMap((g) => [g.slug, ...g.categories.map((c) => c.slug)])) {
      if (seen.has(slugValue)) ctx.addIssue({ code: "custom", message: `slug "${slugValue}" is used twice` });
      seen.add(slugValue);
    }
  });

export type TaxonomyFile = z.infer<typeof taxonomyFileSchema>;
