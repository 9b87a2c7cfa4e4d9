import "server-only";

import { cache } from "react";

import { getDb } from "@/lib/db";
import { runbookDefinitionSchema } from "@/lib/runbooks/schemas";

export interface FormOptions {
  categories: { slug: string; title: string }[];
  /** Steps a contribution can attach to: diagnostics and resolutions, by category. */
  runbookSteps: { ref: string; categorySlug: string; title: string }[];
}

export const contributionFormOptions = cache(async (): Promise<FormOptions> => {
  const db = await getDb();
  const categories = await db.category.findMany({ select: { slug: true, title: true }, orderBy: { position: "asc" } });
  const runbooks = await db.runbook.findMany({ select: { slug: true, definition: true } });
  const runbookSteps = runbooks.flatMap((runbook) =>
    runbookDefinitionSchema
      .parse(runbook.definition)
      .nodes.filter((node) => node.kind === "diagnostic" || node.kind === "resolution")
      .map((node) => ({ ref: `${runbook.slug}/${node.id}`, categorySlug: runbook.slug, title: node.title })),
  );
  return { categories, runbookSteps };
});
