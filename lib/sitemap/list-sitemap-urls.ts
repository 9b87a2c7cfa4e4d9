import "server-only";

import { PUBLISHED_CONTRIBUTION_PAGES } from "@/lib/contributions/published-pages";
import { getDb } from "@/lib/db";

export interface SitemapUrl {
  /** Absolute URL of a public page. */
  loc: string;
  lastModified?: Date;
}

/** Pages with no row of their own: always listed. */
const FIXED_PATHS = ["/", "/known-issues", "/search", "/probe", "/changes/2026-07-28"];

/**
 * Every public page a search engine should index, so that someone who searches the web for an error message lands
 * on its known issue: categories, runbooks, known issues (curated and approved contributions) and published
 * contributions. Drafts, pending and rejected contributions never appear.
 */
export async function listSitemapUrls(origin: string): Promise<SitemapUrl[]> {
  const db = await getDb();
  const [categories, runbooks, issues, contributions] = await Promise.all([
    db.category.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    db.runbook.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    db.knownIssue.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    db.contribution.findMany({
      where: PUBLISHED_CONTRIBUTION_PAGES,
      select: { id: true, publishedAt: true },
      orderBy: { publishedAt: "desc" },
    }),
  ]);
  const at = (path: string, lastModified?: Date): SitemapUrl => ({ loc: `${origin}${path}`, lastModified });
  return [
    ...FIXED_PATHS.map((path) => at(path)),
    ...categories.map((c) => at(`/categories/${c.slug}`, c.updatedAt)),
    ...runbooks.flatMap((r) => [
      at(`/runbooks/${r.slug}`, r.updatedAt),
      at(`/runbooks/${r.slug}/flowchart`, r.updatedAt),
    ]),
    ...issues.map((issue) => at(`/known-issues/${issue.slug}`, issue.updatedAt)),
    ...contributions.map((c) => at(`/contributions/${c.id}`, c.publishedAt!)),
  ];
}
