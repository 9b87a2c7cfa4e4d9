import type { Prisma } from "@/lib/db/generated/client";

/**
 * Contributions readers reach at /contributions/<id>: published, with a publication date. Approved known issues
 * are left out: they are read as known issues (/known-issues/<slug>). Shared by the feed and the sitemap.
 */
export const PUBLISHED_CONTRIBUTION_PAGES = {
  publishedRevision: { not: null },
  publishedAt: { not: null },
  kind: { not: "KNOWN_ISSUE" },
} satisfies Prisma.ContributionWhereInput;
