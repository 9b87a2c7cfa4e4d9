import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { ContributionForm } from "@/components/contributions/contribution-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { contributionFormOptions } from "@/lib/contributions/form-options";
import { kindFromSlug } from "@/lib/contributions/kinds";
import { findRunbook } from "@/lib/runbooks/find-runbook";
import { proposalTemplate } from "@/lib/runbooks/runbook-change";

import { createContributionAction } from "./actions";
import { previewMarkdownAction } from "./preview-action";

export const metadata: Metadata = { title: "Contribute" };

type Props = { searchParams: Promise<{ kind?: string; category?: string; step?: string }> };

export default async function ContributePage({ searchParams }: Props) {
  const { kind, category, step } = await searchParams;
  if (!(await getCurrentUser())) redirect("/sign-in?returnTo=/contribute");
  const { categories, runbookSteps } = await contributionFormOptions();
  const categorySlug = categories.some((c) => c.slug === category) ? category! : "";
  const chosenKind = kindFromSlug(kind ?? "") ?? "DIAGNOSTIC_TECHNIQUE";
  const attachable = runbookSteps.some((s) => s.ref === step && s.categorySlug === categorySlug);
  // Any step can be changed (questions and escalations too), not only the ones contributions attach to.
  const changing = chosenKind === "RUNBOOK_CHANGE" && categorySlug && step?.startsWith(`${categorySlug}/`);
  const fields = changing ? await proposalFields(categorySlug, step!.slice(categorySlug.length + 1)) : {};
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
          kind: chosenKind,
          title: "",
          categorySlug,
          body: "",
          runbookNodes: attachable && chosenKind !== "RUNBOOK_CHANGE" ? [step!] : [],
          fields,
        }}
      />
    </div>
  );
}

/** A runbook change started from a step begins with that step as the runbook serves it now. */
async function proposalFields(runbookSlug: string, nodeId: string): Promise<Record<string, string>> {
  const runbook = await findRunbook(runbookSlug);
  const proposal = runbook ? proposalTemplate(runbook.definition, nodeId) : null;
  return proposal ? { proposal } : {};
}
