import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";

import { ContributionForm } from "@/components/contributions/contribution-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { contributionFormOptions } from "@/lib/contributions/form-options";
import { findContributionForViewer } from "@/lib/contributions/queries";

import { updateContributionAction } from "../../../contribute/actions";
import { previewMarkdownAction } from "../../../contribute/preview-action";

export const metadata: Metadata = { title: "Edit contribution" };

type Props = { params: Promise<{ id: string }> };

export default async function EditContributionPage({ params }: Props) {
  const { id } = await params;
  const viewer = await getCurrentUser();
  if (!viewer) redirect(`/sign-in?returnTo=/contributions/${id}/edit`);
  const contribution = await findContributionForViewer(id, viewer);
  if (!contribution || !contribution.isAuthor || contribution.status === "REJECTED") notFound();
  const { categories, runbookSteps } = await contributionFormOptions();
  const { kind, title, categorySlug, body, runbookNodes, ...fields } = contribution.content;
  const asText = Object.fromEntries(
    Object.entries(fields).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join("\n") : String(value ?? ""),
    ]),
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-slate-900 dark:text-white">Edit “{title}”</h1>
      <p className="text-slate-600 dark:text-slate-400">
        You are editing version {contribution.version}. Every save keeps a new revision.
        {contribution.status === "APPROVED"
          ? " The published version stays up until a moderator approves this edit."
          : ""}
      </p>
      <ContributionForm
        action={updateContributionAction}
        preview={previewMarkdownAction}
        categories={categories}
        runbookSteps={runbookSteps}
        initial={{ kind, title, categorySlug, body, runbookNodes, fields: asText }}
        editing={{ id, baseVersion: contribution.version }}
      />
    </div>
  );
}
