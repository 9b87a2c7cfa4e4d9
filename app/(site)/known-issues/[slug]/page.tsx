import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { KnownIssueView } from "@/components/known-issues/known-issue-view";
import { loadForCachedPage } from "@/lib/page-cache/page-path";
import { findKnownIssue } from "@/lib/known-issues/find-known-issue";

type Props = { params: Promise<{ slug: string }> };

// Cached (lib/page-cache): none is rendered at build time (the database then may hold other content); each is
// rendered on its first request and kept until the content changes.
export async function generateStaticParams() {
  return [];
}

/** The issue, read as a cached page reads (lib/page-cache/page-path.ts). */
async function loadIssue(params: Props["params"]) {
  const { slug } = await params;
  return loadForCachedPage(`/known-issues/${encodeURIComponent(slug)}`, () => findKnownIssue(slug));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const issue = await loadIssue(params);
  return issue ? { title: issue.title } : {};
}

export default async function KnownIssuePage({ params }: Props) {
  const issue = await loadIssue(params);
  if (!issue) notFound();
  return <KnownIssueView issue={issue} />;
}
