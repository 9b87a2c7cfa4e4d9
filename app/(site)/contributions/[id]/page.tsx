import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ReportForm, ReviewForm, VoteForm } from "@/components/contributions/action-forms";
import { ContributionContentView } from "@/components/contributions/contribution-content";
import { RunbookChangeView } from "@/components/contributions/runbook-change-view";
import { RevisionHistory } from "@/components/contributions/revision-history";
import { ContributionStatusBadge } from "@/components/contributions/status-badge";
import { getCurrentUser } from "@/lib/auth/current-user";
import { CONTRIBUTION_KINDS } from "@/lib/contributions/kinds";
import { findContributionForViewer, revisionPair } from "@/lib/contributions/queries";
import { findRunbook } from "@/lib/runbooks/find-runbook";
import { listCategoryTitles } from "@/lib/taxonomy/list-category-titles";

import { reportAction, reviewAction, voteAction } from "./actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; reviewed?: string; compare?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const contribution = await findContributionForViewer((await params).id, await getCurrentUser());
  return contribution ? { title: contribution.content.title } : {};
}

const REVIEWED: Record<string, string> = {
  approved: "Review saved: approved and published.",
  rejected: "Review saved: rejected. The author sees your reason.",
  changes_requested: "Review saved: changes requested. The author sees your note.",
};

const SAVED: Record<string, string> = {
  submitted: "Submitted. A moderator will review it; you can follow it under My contributions.",
  draft: "Draft saved. Only you can see it until you submit it.",
  changes_requested: "Saved. Submit it when it is ready for review again.",
};

export default async function ContributionPage({ params, searchParams }: Props) {
  const [{ id }, { saved, reviewed, compare }, viewer] = await Promise.all([params, searchParams, getCurrentUser()]);
  const contribution = await findContributionForViewer(id, viewer);
  if (!contribution) notFound();
  const { content } = contribution;
  const [categories, runbook] = await Promise.all([
    listCategoryTitles(),
    content.kind === "RUNBOOK_CHANGE" ? findRunbook(content.categorySlug) : null,
  ]);
  const [from, to] = (compare ?? "").split("..").map(Number);
  const diff = contribution.revisions.length > 0 && from && to ? await revisionPair(id, from, to) : null;
  const published = contribution.publishedRevision !== null;
  const waiting = contribution.status === "SUBMITTED" || contribution.openReports.length > 0;
  return (
    <article className="space-y-8">
      {saved && SAVED[saved] ? (
        <p
          role="status"
          className="rounded-lg border border-green-300 bg-green-50 p-3 dark:border-green-800 dark:bg-green-950"
        >
          {SAVED[saved]}
        </p>
      ) : null}
      {reviewed && REVIEWED[reviewed] ? (
        <p
          role="status"
          className="rounded-lg border border-green-300 bg-green-50 p-3 dark:border-green-800 dark:bg-green-950"
        >
          {REVIEWED[reviewed]}
        </p>
      ) : null}
      <header className="space-y-2">
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
          <span>{CONTRIBUTION_KINDS[content.kind].label}</span>
          <span aria-hidden="true">·</span>
          <Link href={`/categories/${content.categorySlug}`} className="underline">
            {categories[content.categorySlug] ?? content.categorySlug}
          </Link>
          {contribution.isAuthor || contribution.mayReview ? (
            <ContributionStatusBadge status={contribution.status} />
          ) : null}
        </p>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{content.title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Contributed by {contribution.author.name ?? "a community member"}
          {contribution.publishedAt ? ` · published ${contribution.publishedAt.toISOString().slice(0, 10)}` : ""}
        </p>
      </header>
      {contribution.reviewNote ? (
        <section
          aria-labelledby="feedback-heading"
          className="rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950"
        >
          <h2 id="feedback-heading" className="font-semibold">
            Reviewer feedback{contribution.reviewer?.name ? ` from ${contribution.reviewer.name}` : ""}
          </h2>
          <p className="mt-1 whitespace-pre-line">{contribution.reviewNote}</p>
        </section>
      ) : null}
      {contribution.knownIssueSlug ? (
        <p>
          Published as a known issue:{" "}
          <Link
            href={`/known-issues/${contribution.knownIssueSlug}`}
            className="text-sky-700 underline dark:text-sky-400"
          >
            {content.title}
          </Link>
        </p>
      ) : null}
      {runbook && content.kind === "RUNBOOK_CHANGE" ? <RunbookChangeView content={content} runbook={runbook} /> : null}
      <ContributionContentView content={content} />
      {contribution.isAuthor && contribution.status !== "REJECTED" ? (
        <p>
          <Link
            href={`/contributions/${id}/edit`}
            className="rounded-lg bg-sky-700 px-4 py-2 text-sm font-medium text-white"
          >
            Edit
          </Link>
        </p>
      ) : null}
      {published && viewer && !contribution.isAuthor ? (
        <VoteForm action={voteAction} id={id} votes={contribution.votes} voted={contribution.voted} />
      ) : published ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {contribution.votes} {contribution.votes === 1 ? "person" : "people"} found this helpful.
          {viewer ? "" : " Sign in to vote."}
        </p>
      ) : null}
      {published && viewer ? <ReportForm action={reportAction} id={id} /> : null}
      {contribution.mayReview && waiting && !contribution.isAuthor ? (
        <section
          aria-labelledby="review-heading"
          className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800"
        >
          <h2 id="review-heading" className="text-lg font-semibold">
            Review version {contribution.version}
          </h2>
          {contribution.openReports.length > 0 ? (
            <ul className="list-disc pl-5 text-sm">
              {contribution.openReports.map((report) => (
                <li key={report.id}>Reported: {report.reason}</li>
              ))}
            </ul>
          ) : null}
          <ReviewForm action={reviewAction} id={id} baseVersion={contribution.version} />
        </section>
      ) : null}
      {contribution.revisions.length > 1 ? (
        <RevisionHistory id={id} revisions={contribution.revisions} diff={diff} range={diff ? [from!, to!] : null} />
      ) : null}
    </article>
  );
}
