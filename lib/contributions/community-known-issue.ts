import { z } from "zod";

import type { Prisma } from "@/lib/db/generated/client";
import { knownIssueFileSchema, type KnownIssueFile } from "@/lib/known-issues/schemas";
import { PROTOCOL_REVISIONS } from "@/lib/revisions/protocol-revisions";
import { knownIssueRowData } from "@/lib/known-issues/seed-known-issues";

import type { ContributionContent } from "./schemas";

type KnownIssueContent = Extract<ContributionContent, { kind: "KNOWN_ISSUE" }>;

/**
 * The contribution form does not ask for protocol revisions yet: a contributed issue may have none, and its page
 * says "not stated" rather than claiming every revision. Everything else meets the curated bar.
 */
const contributedKnownIssueSchema = knownIssueFileSchema.extend({
  revisions: z.array(z.enum(PROTOCOL_REVISIONS)).default([]),
});

/** The known-issues page's slug for a contributed issue: its title, plus the contribution's id for uniqueness. */
export function communityKnownIssueSlug(title: string, contributionId: string): string {
  const words = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${words || "issue"}-${contributionId.slice(-8).toLowerCase()}`;
}

/**
 * A contributed known issue as a known-issue file, validated by the same schema as the seeded ones:
 * what is approved meets the bar of the curated content.
 */
export function knownIssueFromContribution(id: string, content: KnownIssueContent, today: Date): KnownIssueFile {
  const day = today.toISOString().slice(0, 10);
  return contributedKnownIssueSchema.parse({
    slug: communityKnownIssueSlug(content.title, id),
    title: content.title,
    category: content.categorySlug,
    severity: content.severity,
    status: "open",
    firstSeen: day,
    lastUpdated: day,
    // A moderator checked it against its references when approving it.
    lastVerified: day,
    errorSignatures: content.errorSignatures,
    symptoms: content.body,
    components: content.components.map((line) => {
      const [kind, ...name] = line.split(":");
      return { kind: kind!.trim(), name: name.join(":").trim() };
    }),
    rootCause: content.rootCause,
    resolution: content.resolution,
    workaround: content.workaround,
    references: content.references.map((url) => ({ title: url, url })),
    runbookNodes: content.runbookNodes.map((ref) => {
      const [runbook, node] = ref.split("/");
      return { runbook, node };
    }),
  });
}

/** Approved: the known issue exists (created, or updated from the new revision, keeping its first-seen day). */
export async function publishKnownIssue(tx: Prisma.TransactionClient, id: string, content: KnownIssueContent) {
  const issue = knownIssueFromContribution(id, content, new Date());
  const category = await tx.category.findUniqueOrThrow({ where: { slug: issue.category }, select: { id: true } });
  const { firstSeen, ...data } = knownIssueRowData(issue, category.id, `contribution:${id}`);
  await tx.knownIssue.upsert({
    where: { contributionId: id },
    create: { slug: issue.slug, contributionId: id, firstSeen, ...data },
    update: data,
  });
  return issue;
}

export async function unpublishKnownIssue(tx: Prisma.TransactionClient, id: string) {
  await tx.knownIssue.deleteMany({ where: { contributionId: id } });
}
