import "server-only";

import { cache } from "react";

import { getDb } from "@/lib/db";
import { runbookDefinitionSchema } from "@/lib/runbooks/schemas";
import { shortestRoute } from "@/lib/runbooks/shortest-route";
import { stepHref } from "@/lib/runbooks/urls";
import { isSlugParam } from "@/lib/validation/text";

import { affectedComponentSchema } from "./schemas";

/** One known issue with links to the runbook steps that resolve it and related issues. */
export const findKnownIssue = cache(async (slug: string) => {
  if (!isSlugParam(slug)) return null;
  const db = await getDb();
  const issue = await db.knownIssue.findUnique({
    where: { slug },
    include: {
      category: { select: { slug: true, title: true, runbook: { select: { definition: true, title: true } } } },
    },
  });
  if (!issue) return null;
  const definition = issue.category.runbook ? runbookDefinitionSchema.parse(issue.category.runbook.definition) : null;
  const runbookSteps = issue.runbookNodes.flatMap((link) => {
    const [runbookSlug, nodeId] = link.split("/") as [string, string];
    const node = definition?.nodes.find((n) => n.id === nodeId);
    if (!definition || runbookSlug !== issue.category.slug || !node) return [];
    return [{ title: node.title, href: stepHref(runbookSlug, nodeId, shortestRoute(definition, nodeId), null) }];
  });
  const related = await db.knownIssue.findMany({
    where: {
      slug: { not: slug },
      OR: [{ categoryId: issue.categoryId }, { componentNames: { hasSome: issue.componentNames } }],
    },
    select: { slug: true, title: true, status: true },
    orderBy: { lastUpdated: "desc" },
    take: 6,
  });
  const { category, ...rest } = issue;
  return {
    ...rest,
    category: { slug: category.slug, title: category.title },
    components: affectedComponentSchema.array().parse(issue.components),
    references: (issue.references as { title: string; url: string }[]) ?? [],
    runbookSteps,
    related,
  };
});

export type KnownIssueDetail = NonNullable<Awaited<ReturnType<typeof findKnownIssue>>>;
