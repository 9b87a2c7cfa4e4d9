import "server-only";

import { cache } from "react";

import { hasRole, type SessionUser } from "@/lib/auth/roles";
import { getDb, type Database } from "@/lib/db";
import type { ContributionKind } from "@/lib/db/generated/enums";

import { applyRunbookChange, changeFromFields, runbookChangeFieldsSchema } from "@/lib/runbooks/runbook-change";
import { runbookDefinitionSchema } from "@/lib/runbooks/schemas";

import { publishedListing, revisionContent } from "./read-content";
import { contributionIdSchema } from "./schemas";

/**
 * A contribution as this viewer may see it: published ones to everyone (their published revision),
 * unpublished ones only to the author and moderators (their latest revision). Otherwise null: a 404,
 * so that drafts are not even known to exist. Once per request: the page and its metadata both ask
 * (getCurrentUser returns the same viewer object within a request, so the cache key matches).
 */
export const findContributionForViewer = cache(async (id: string, viewer: SessionUser | null) => {
  if (!contributionIdSchema.safeParse(id).success) return null;
  const db = await getDb();
  const contribution = await db.contribution.findUnique({
    where: { id },
    include: {
      author: { select: { id: true, name: true } },
      reviewer: { select: { name: true } },
      revisions: { orderBy: { number: "desc" }, include: { author: { select: { name: true } } } },
      _count: { select: { votes: true } },
    },
  });
  if (!contribution) return null;
  const isAuthor = viewer?.id === contribution.authorId;
  const mayReview = hasRole(viewer, "MODERATOR");
  const privileged = isAuthor || mayReview;
  if (contribution.publishedRevision === null && !privileged) return null;
  const shownNumber = privileged ? contribution.version : contribution.publishedRevision!;
  const shown = contribution.revisions.find((r) => r.number === shownNumber)!;
  const voted = viewer
    ? Boolean(
        await db.contributionVote.findUnique({
          where: { contributionId_userId: { contributionId: id, userId: viewer.id } },
        }),
      )
    : false;
  const knownIssue =
    contribution.kind === "KNOWN_ISSUE"
      ? await db.knownIssue.findUnique({ where: { contributionId: id }, select: { slug: true } })
      : null;
  const openReports = mayReview
    ? await db.contributionReport.findMany({
        where: { contributionId: id, resolvedAt: null },
        orderBy: { createdAt: "asc" },
      })
    : [];
  return {
    id: contribution.id,
    kind: contribution.kind,
    status: contribution.status,
    version: contribution.version,
    publishedRevision: contribution.publishedRevision,
    author: contribution.author,
    reviewNote: privileged ? contribution.reviewNote : null,
    reviewer: privileged ? contribution.reviewer : null,
    publishedAt: contribution.publishedAt,
    // Readers see the approved revision as approved; the author and moderators see the latest one.
    content: revisionContent(privileged ? contribution : publishedListing(contribution), shown),
    shownRevision: shownNumber,
    revisions: privileged
      ? contribution.revisions.map((r) => ({ number: r.number, author: r.author.name, createdAt: r.createdAt }))
      : [],
    votes: contribution._count.votes,
    voted,
    isAuthor,
    mayReview,
    openReports,
    knownIssueSlug: knownIssue?.slug ?? null,
  };
});

export type ContributionView = NonNullable<Awaited<ReturnType<typeof findContributionForViewer>>>;

/** Two revisions' text, for comparing; only for those who may see unpublished revisions. */
export async function revisionPair(id: string, from: number, to: number) {
  if (!contributionIdSchema.safeParse(id).success) return null;
  const db = await getDb();
  const rows = await db.contributionRevision.findMany({
    where: { contributionId: id, number: { in: [from, to] } },
    include: { contribution: { select: { kind: true, categorySlug: true, runbookNodes: true } } },
  });
  const find = (n: number) => rows.find((r) => r.number === n);
  const a = find(from);
  const b = find(to);
  if (!a || !b) return null;
  return { from: revisionContent(a.contribution, a), to: revisionContent(b.contribution, b) };
}

export async function listMyContributions(userId: string) {
  const db = await getDb();
  return db.contribution.findMany({
    where: { authorId: userId },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      kind: true,
      title: true,
      status: true,
      version: true,
      reviewNote: true,
      updatedAt: true,
      publishedRevision: true,
    },
  });
}

export interface QueueFilters {
  kind?: ContributionKind;
  category?: string;
  /** Only items waiting at least this many days. */
  olderThanDays?: number;
}

/** Waiting for review: submitted ones and published ones with open reports, oldest first. */
/**
 * The queue, oldest first. A runbook change carries how it stands against the runbook as served now
 * (null for other kinds), so a moderator sees conflicts and duplicates before opening one.
 */
export async function listModerationQueue(filters: QueueFilters) {
  const db = await getDb();
  const before = filters.olderThanDays ? new Date(Date.now() - filters.olderThanDays * 86_400_000) : undefined;
  const rows = await db.contribution.findMany({
    where: {
      OR: [{ status: "SUBMITTED" }, { reports: { some: { resolvedAt: null } } }],
      kind: filters.kind,
      categorySlug: filters.category,
      submittedAt: before ? { lte: before } : undefined,
    },
    orderBy: { submittedAt: "asc" },
    select: {
      id: true,
      kind: true,
      title: true,
      categorySlug: true,
      status: true,
      submittedAt: true,
      version: true,
      author: { select: { name: true } },
      _count: { select: { reports: { where: { resolvedAt: null } } } },
    },
  });
  const changes = rows.filter((row) => row.kind === "RUNBOOK_CHANGE");
  const [revisions, runbooks] = await Promise.all([
    db.contributionRevision.findMany({
      where: { OR: changes.map((row) => ({ contributionId: row.id, number: row.version })) },
      select: { contributionId: true, fields: true },
    }),
    db.runbook.findMany({
      where: { slug: { in: changes.map((row) => row.categorySlug) } },
      select: { slug: true, definition: true },
    }),
  ]);
  const served = new Map(runbooks.map((r) => [r.slug, runbookDefinitionSchema.parse(r.definition)]));
  const fields = new Map(revisions.map((r) => [r.contributionId, r.fields]));
  return rows.map((row) => {
    const definition = served.get(row.categorySlug);
    if (row.kind !== "RUNBOOK_CHANGE" || !definition) return { ...row, runbookVerdict: null };
    const applied = applyRunbookChange(
      definition,
      changeFromFields(runbookChangeFieldsSchema.parse(fields.get(row.id))),
    );
    const runbookVerdict =
      applied.problems.length === 0 ? "applies" : applied.contained ? "already in effect" : "conflicts";
    return { ...row, runbookVerdict };
  });
}

/**
 * Published contributions of a category, most helpful first, for its page: as approved (title and
 * category of the published revision), never as an edit waiting for review has them.
 */
export async function listPublishedForCategory(categorySlug: string, db?: Database) {
  db ??= await getDb();
  const rows = await db.contribution.findMany({
    where: { publishedCategorySlug: categorySlug, publishedRevision: { not: null } },
    select: {
      id: true,
      kind: true,
      publishedTitle: true,
      publishedAt: true,
      author: { select: { name: true } },
      _count: { select: { votes: true } },
    },
  });
  return rows
    .map(({ publishedTitle, ...row }) => ({ ...row, title: publishedTitle ?? "" }))
    .sort((a, b) => b._count.votes - a._count.votes || a.title.localeCompare(b.title));
}
