import { recordAudit } from "@/lib/audit/record-audit";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { defineMutation, type MutationContext } from "@/lib/mutations/define-mutation";
import type { RateLimitUse } from "@/lib/rate-limit/enforce-rate-limit";
import { runbookDefinitionSchema } from "@/lib/runbooks/schemas";

import { checkRunbookChange } from "./check-runbook-change";
import { publishedListing, revisionContent } from "./read-content";
import {
  createContributionSchema,
  reportSchema,
  reviewContributionSchema,
  splitContent,
  updateContributionSchema,
  voteSchema,
  type ContributionContent,
} from "./schemas";
import { syncPublication } from "./search-document";

const signedIn = (user: SessionUser | null) => hasRole(user, "CONTRIBUTOR");
const moderator = (user: SessionUser | null) => hasRole(user, "MODERATOR");

export const createContribution = defineMutation({
  name: "contribution.create",
  rule: "any signed-in person",
  allow: signedIn,
  schema: createContributionSchema,
  rateLimits: writeLimits,
  async run(tx, input, context) {
    const user = context.user!;
    const content = await checkReferences(tx, input);
    const { kind, title, categorySlug, runbookNodes, body, fields } = splitContent(content);
    const submit = input.intent === "submit";
    const contribution = await tx.contribution.create({
      data: {
        kind,
        title,
        categorySlug,
        runbookNodes,
        authorId: user.id,
        status: submit ? "SUBMITTED" : "DRAFT",
        submittedAt: submit ? new Date() : null,
        revisions: { create: { number: 1, authorId: user.id, title, body, fields } },
      },
      select: { id: true, status: true, version: true },
    });
    return contribution;
  },
});

export const updateContribution = defineMutation({
  name: "contribution.update",
  rule: "its author, unless it was rejected",
  allow: signedIn,
  schema: updateContributionSchema,
  rateLimits: writeLimits,
  async run(tx, input, context) {
    const user = context.user!;
    const current = await findContribution(tx, input.id);
    if (current.authorId !== user.id) throw new AppError("FORBIDDEN", "Only the author can edit a contribution.");
    if (current.status === "REJECTED") {
      throw new AppError("FORBIDDEN", "A rejected contribution cannot be edited: submit a new one instead.");
    }
    if (current.kind !== input.kind) throw new AppError("BAD_REQUEST", "The kind of a contribution cannot change.");
    if (current.kind === "RUNBOOK_CHANGE" && current.categorySlug !== input.categorySlug) {
      throw new AppError(
        "BAD_REQUEST",
        "A runbook change stays with its runbook: submit a new one for another category.",
      );
    }
    const content = await checkReferences(tx, input);
    const { title, categorySlug, runbookNodes, body, fields } = splitContent(content);
    const version = input.baseVersion + 1;
    const status = input.intent === "submit" || current.status === "APPROVED" ? "SUBMITTED" : current.status;
    // The version check and the write are one statement: of two edits from the same version, one wins.
    const { count } = await tx.contribution.updateMany({
      where: { id: input.id, version: input.baseVersion },
      data: {
        title,
        categorySlug,
        runbookNodes,
        version,
        status,
        submittedAt: status === "SUBMITTED" && current.status !== "SUBMITTED" ? new Date() : undefined,
      },
    });
    if (count === 0) throw staleEdit(input.baseVersion, current.version);
    await tx.contributionRevision.create({
      data: { contributionId: input.id, number: version, authorId: user.id, title, body, fields },
    });
    return { id: input.id, status, version };
  },
});

export const reviewContribution = defineMutation({
  name: "contribution.review",
  rule: "moderators and admins, never on their own contribution",
  allow: moderator,
  schema: reviewContributionSchema,
  changesPublishedContent: true,
  async run(tx, input, context) {
    const user = context.user!;
    const current = await findContribution(tx, input.id);
    if (current.authorId === user.id) {
      throw new AppError("FORBIDDEN", "Another moderator must review your own contribution.");
    }
    const openReports = await tx.contributionReport.count({ where: { contributionId: input.id, resolvedAt: null } });
    if (current.status !== "SUBMITTED" && openReports === 0) {
      throw new AppError("CONFLICT", "This contribution is not waiting for review any more. Reload the queue.");
    }
    if (input.baseVersion !== current.version) {
      throw new AppError(
        "CONFLICT",
        `The author changed this contribution while you were reviewing it (now version ${current.version}). Reload and review the new version.`,
      );
    }
    const status =
      input.decision === "approve" ? "APPROVED" : input.decision === "reject" ? "REJECTED" : "CHANGES_REQUESTED";
    const publishedRevision =
      status === "APPROVED" ? current.version : status === "REJECTED" ? null : current.publishedRevision;
    // What public lists show: the approved revision's title, category and steps, set only by a decision.
    const listing =
      status === "APPROVED"
        ? {
            publishedTitle: current.title,
            publishedCategorySlug: current.categorySlug,
            publishedRunbookNodes: current.runbookNodes,
          }
        : status === "REJECTED"
          ? { publishedTitle: null, publishedCategorySlug: null, publishedRunbookNodes: [] }
          : {};
    const now = new Date();
    // The state this decision was made on is the condition of the write: of two reviews (or a review and
    // an edit) at the same moment, the second finds nothing to update and is told so, never applied twice.
    const { count } = await tx.contribution.updateMany({
      where: { id: input.id, version: current.version, status: current.status, reviewedAt: current.reviewedAt },
      data: {
        status,
        publishedRevision,
        ...listing,
        publishedAt: status === "APPROVED" ? (current.publishedAt ?? now) : current.publishedAt,
        reviewNote: input.decision === "approve" ? null : input.note,
        reviewerId: user.id,
        reviewedAt: now,
      },
    });
    if (count === 0) {
      throw new AppError(
        "CONFLICT",
        "Someone decided on or changed this contribution while you were reviewing it. Reload the queue to see where it stands now.",
      );
    }
    await tx.contributionReport.updateMany({
      where: { contributionId: input.id, resolvedAt: null },
      data: { resolvedAt: now },
    });
    const published =
      publishedRevision === null
        ? null
        : await publishedContent(
            tx,
            input.id,
            publishedRevision,
            status === "APPROVED" ? current : publishedListing(current),
          );
    await syncPublication(tx, current, published);
    await recordAudit(tx, {
      actorId: user.id,
      action: `contribution.${input.decision}`,
      targetType: "contribution",
      targetId: input.id,
      before: { status: current.status, version: current.version, publishedRevision: current.publishedRevision },
      after: { status, version: current.version, publishedRevision, note: input.note || null },
    });
    return { id: input.id, status };
  },
});

export const voteContribution = defineMutation({
  name: "contribution.vote",
  rule: "any signed-in person but the author, on a published contribution; a second vote takes it back",
  allow: signedIn,
  schema: voteSchema,
  changesPublishedContent: true,
  rateLimits: (context) => [{ policy: "contributionVote", subject: context.user!.id }],
  async run(tx, input, context) {
    const user = context.user!;
    const current = await findPublished(tx, input.id);
    if (current.authorId === user.id) throw new AppError("FORBIDDEN", "You cannot vote for your own contribution.");
    const key = { contributionId_userId: { contributionId: input.id, userId: user.id } };
    const existing = await tx.contributionVote.findUnique({ where: key });
    if (existing) await tx.contributionVote.delete({ where: key });
    else await tx.contributionVote.create({ data: { contributionId: input.id, userId: user.id } });
    const count = await tx.contributionVote.count({ where: { contributionId: input.id } });
    return { voted: !existing, count };
  },
});

export const reportContribution = defineMutation({
  name: "contribution.report",
  rule: "any signed-in person, on a published contribution",
  allow: signedIn,
  schema: reportSchema,
  rateLimits: (context) => [{ policy: "contributionReport", subject: context.user!.id }],
  async run(tx, input, context) {
    const user = context.user!;
    await findPublished(tx, input.id);
    await tx.contributionReport.create({
      data: { contributionId: input.id, reporterId: user.id, reason: input.reason },
    });
    return { reported: true };
  },
});

async function findContribution(tx: Prisma.TransactionClient, id: string) {
  const contribution = await tx.contribution.findUnique({ where: { id } });
  if (!contribution) throw new AppError("NOT_FOUND", "That contribution does not exist.");
  return contribution;
}

async function findPublished(tx: Prisma.TransactionClient, id: string) {
  const contribution = await findContribution(tx, id);
  if (contribution.publishedRevision === null) throw new AppError("NOT_FOUND", "That contribution is not published.");
  return contribution;
}

async function publishedContent(
  tx: Prisma.TransactionClient,
  id: string,
  number: number,
  contribution: Parameters<typeof revisionContent>[0],
) {
  const revision = await tx.contributionRevision.findUniqueOrThrow({
    where: { contributionId_number: { contributionId: id, number } },
  });
  return revisionContent(contribution, revision);
}

/** Per person, and per IP for several people behind one address. */
function writeLimits(context: MutationContext): RateLimitUse[] {
  return [
    { policy: "contributionWriteUser", subject: context.user!.id },
    { policy: "contributionWriteIp", subject: context.ip },
  ];
}

/** The category and runbook steps named must exist: the form offers only those, the API may not. */
async function checkReferences<C extends ContributionContent>(tx: Prisma.TransactionClient, content: C) {
  const category = await tx.category.findUnique({ where: { slug: content.categorySlug }, select: { id: true } });
  if (!category) {
    throw new AppError("BAD_REQUEST", "Choose one of the portal's categories.", {
      fields: { categorySlug: "Choose one of the portal's categories." },
    });
  }
  const runbookSlugs = [...new Set(content.runbookNodes.map((ref) => ref.split("/")[0]!))];
  const runbooks = await tx.runbook.findMany({ where: { slug: { in: runbookSlugs } } });
  const known = new Set(
    runbooks.flatMap((r) => runbookDefinitionSchema.parse(r.definition).nodes.map((n) => `${r.slug}/${n.id}`)),
  );
  const unknown = content.runbookNodes.filter((ref) => !known.has(ref));
  if (unknown.length > 0) {
    const message = `These runbook steps do not exist: ${unknown.join(", ")}.`;
    throw new AppError("BAD_REQUEST", message, { fields: { runbookNodes: message } });
  }
  return content.kind === "RUNBOOK_CHANGE" ? checkRunbookChange(tx, content) : content;
}

function staleEdit(started: number, now: number) {
  return new AppError(
    "CONFLICT",
    `Someone saved this contribution after you opened it (you started from version ${started}, it is now version ${now}). Your text is still in the form: copy it, reload the page, and apply your changes again.`,
  );
}
