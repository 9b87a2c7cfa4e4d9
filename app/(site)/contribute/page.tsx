import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { ContributionForm } from "@/components/contributions/contribution-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { contributionFormOptions } from "@/lib/contributions/form-options";
import { kindFromSlug } from "@/lib/contributions/kinds";

import { createContributionAction } from "./actions";
import { previewMarkdownAction } from "./preview-action";

export const metadata: Metadata = { title: "Contribute" };

type Props = { searchParams: Promise<{ kind?: string; category?: string; step?: string }> };

export default async function ContributePage({ searchParams }: Props) {
  const { kind, category, step } = await searchParams;
  if (!(await getCurrentUser())) redirect("/sign-in?returnTo=/contribute");
  const { categories, runbookSteps } = await contributionFormOptions();
  const categorySlug = categories.some((c) => c.slug === category) ? category! : "";
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-slate-900 dark:text-white">Contribute</h1>
        <p className="max-w-3xl text-slate-600 dark:text-slate-400">
          Share what you learned fixing an MCP deployment. A moderator reviews each contribution before it is published
          on its category page, linked from the runbook steps it applies to, and found by search.
        </p>
      </header>
      <ContributionForm
        action={createContributionAction}
        preview={previewMarkdownAction}
        categories={categories}
        runbookSteps={runbookSteps}
        initial={{
          kind: kindFromSlug(kind ?? "") ?? "DIAGNOSTIC_TECHNIQUE",
          title: "",
          categorySlug,
          body: "",
          runbookNodes: runbookSteps.some((s) => s.ref === step && s.categorySlug === categorySlug) ? [step!] : [],
          fields: {},
        }}
      />
    </div>
  );
}
