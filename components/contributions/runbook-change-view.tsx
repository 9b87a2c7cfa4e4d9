import { lineDiff } from "@/lib/contributions/line-diff";
import type { ContributionContent } from "@/lib/contributions/schemas";
import { applyRunbookChange, changeFromFields } from "@/lib/runbooks/runbook-change";
import type { RunbookDefinition } from "@/lib/runbooks/schemas";
import { shortestRoute } from "@/lib/runbooks/shortest-route";
import { stepHref } from "@/lib/runbooks/urls";

import { LineDiffView } from "./line-diff-view";

const ACTION_LABEL = { added: "New step", changed: "Changed step", removed: "Removed step" } as const;

/**
 * A runbook change as a diff against the runbook served now, with the validator's verdict: what a
 * moderator approves is exactly what the runbook will become.
 */
export function RunbookChangeView({
  content,
  runbook,
}: {
  content: Extract<ContributionContent, { kind: "RUNBOOK_CHANGE" }>;
  runbook: { slug: string; version: number; definition: RunbookDefinition };
}) {
  const applied = applyRunbookChange(runbook.definition, changeFromFields(content));
  const stepLink = (definition: RunbookDefinition, id: string) =>
    stepHref(runbook.slug, id, shortestRoute(definition, id), null);
  if (applied.contained) {
    return (
      <section aria-labelledby="change-heading" className="space-y-2">
        <h2 id="change-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
          Changes to the runbook
        </h2>
        <p>
          Everything this change proposes is in the runbook now (version {runbook.version}):{" "}
          {content.runbookNodes.map((ref, index) => (
            <span key={ref}>
              {index > 0 ? ", " : ""}
              <a href={stepLink(runbook.definition, ref.split("/")[1]!)} className="text-sky-700 underline">
                {ref.split("/")[1]}
              </a>
            </span>
          ))}
          .
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="change-heading" className="space-y-4">
      <h2 id="change-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
        Changes to the runbook (against version {runbook.version}, as served now)
      </h2>
      {applied.problems.length === 0 ? (
        <p
          role="status"
          className="rounded-lg border border-green-300 bg-green-50 p-3 dark:border-green-800 dark:bg-green-950"
        >
          Applies cleanly: the runbook validator accepts the result.
        </p>
      ) : (
        <div
          role="alert"
          className="rounded-lg border border-red-300 bg-red-50 p-3 dark:border-red-800 dark:bg-red-950"
        >
          <p className="font-medium">This change cannot be approved as it is:</p>
          <ul className="list-disc pl-5">
            {applied.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {applied.steps.map((step) => (
        <figure key={step.id} className="space-y-1">
          <figcaption className="text-sm">
            <span className="font-medium">{ACTION_LABEL[step.action]}</span> <code>{step.id}</code>
            {step.action !== "added" ? (
              <>
                {" "}
                (
                <a href={stepLink(runbook.definition, step.id)} className="text-sky-700 underline">
                  see it in the runbook
                </a>
                )
              </>
            ) : null}
          </figcaption>
          <LineDiffView
            lines={lineDiff(step.before, step.after).filter((line) => line.text !== "" || line.kind === "same")}
            label={`${ACTION_LABEL[step.action]} ${step.id}`}
          />
        </figure>
      ))}
    </section>
  );
}
