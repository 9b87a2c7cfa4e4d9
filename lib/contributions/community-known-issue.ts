import type { Prisma } from "@/lib/db/generated/client";
import type { KnownIssueFile } from "@/lib/known-issues/schemas";
import { knownIssueRowData } from "@/lib/known-issues/seed-known-issues";

import { contributedKnownIssueSchema, knownIssueFileFromContent } from "./known-issue-file";
import type { ContributionContent } from "./schemas";

type KnownIssueContent = Extract<ContributionContent, { kind: "KNOWN_ISSUE" }>;

/**
 * A contributed known issue as a known-issue file, validated by the same schema as the seeded ones:
 * what is approved meets the bar of the curated content (the contribution schema ran it at submission).
 */
export function knownIssueFromContribution(id: string, content: KnownIssueContent, today: Date): KnownIssueFile {
  return contributedKnownIssueSchema.parse(knownIssueFileFromContent(id, content, today));
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
