import { RevisionList } from "@/components/revisions/revision-list";
import { Prose } from "@/components/ui/prose";
import { renderCode, renderMarkdown } from "@/lib/markdown/render-markdown";
import type { RunbookNode } from "@/lib/runbooks/schemas";

import { TokenInspector } from "./token-inspector";

/** One node's content, rendered on the server from its Markdown. */
interface Props {
  node: RunbookNode;
  /** Known issues this step resolves (resolution steps link back to them). */
  knownIssues?: { slug: string; title: string }[];
  /** Published community contributions attached to this step. */
  contributions?: { id: string; title: string }[];
  runbookSlug: string;
}

export function NodeContent({ node, knownIssues = [], contributions = [], runbookSlug }: Props) {
  return (
    <div className="space-y-6">
      <RevisionList revisions={node.revisions} />
      <Prose>{renderMarkdown(node.body)}</Prose>
      {node.kind === "diagnostic" ? (
        <>
          <section aria-label="Commands" className="space-y-4">
            {node.commands.map((command) => (
              <div key={command.label} className="space-y-1">
                <p className="text-sm font-medium text-slate-700 dark:text-slate-300">{command.label}</p>
                <div className="code-block">{renderCode(command.code, command.language)}</div>
              </div>
            ))}
          </section>
          {node.widget === "token-inspector" ? <TokenInspector /> : null}
          <section aria-labelledby={`${node.id}-expected`} className="space-y-2">
            <h3 id={`${node.id}-expected`} className="font-semibold text-slate-900 dark:text-white">
              What to look for
            </h3>
            <Prose>{renderMarkdown(node.expected)}</Prose>
          </section>
        </>
      ) : null}
      {node.kind === "resolution" ? (
        <>
          <section aria-labelledby={`${node.id}-steps`} className="space-y-2">
            <h3 id={`${node.id}-steps`} className="font-semibold text-slate-900 dark:text-white">
              Steps
            </h3>
            <ol className="list-decimal space-y-3 pl-6">
              {node.steps.map((step, index) => (
                <Prose key={index} as="li">
                  {renderMarkdown(step)}
                </Prose>
              ))}
            </ol>
          </section>
          <section aria-labelledby={`${node.id}-verify`} className="space-y-2">
            <h3 id={`${node.id}-verify`} className="font-semibold text-slate-900 dark:text-white">
              Verify the fix
            </h3>
            <Prose>{renderMarkdown(node.verify)}</Prose>
          </section>
        </>
      ) : null}
      {node.kind === "escalation" ? (
        <section aria-labelledby={`${node.id}-collect`} className="space-y-2">
          <h3 id={`${node.id}-collect`} className="font-semibold text-slate-900 dark:text-white">
            Collect before asking for help
          </h3>
          <ul className="list-disc space-y-1 pl-6">
            {node.collect.map((item) => (
              <Prose key={item} as="li">
                {renderMarkdown(item)}
              </Prose>
            ))}
          </ul>
        </section>
      ) : null}
      {knownIssues.length > 0 ? (
        <section aria-labelledby={`${node.id}-known`} className="space-y-2 text-sm">
          <h3 id={`${node.id}-known`} className="font-semibold text-slate-900 dark:text-white">
            Known issues this resolves
          </h3>
          <ul className="list-disc space-y-1 pl-6">
            {knownIssues.map((issue) => (
              <li key={issue.slug}>
                <a href={`/known-issues/${issue.slug}`} className="text-sky-700 underline dark:text-sky-400">
                  {issue.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {contributions.length > 0 ? (
        <section aria-labelledby={`${node.id}-community`} className="space-y-2 text-sm">
          <h3 id={`${node.id}-community`} className="font-semibold text-slate-900 dark:text-white">
            From the community
          </h3>
          <ul className="list-disc space-y-1 pl-6">
            {contributions.map((contribution) => (
              <li key={contribution.id}>
                <a href={`/contributions/${contribution.id}`} className="text-sky-700 underline dark:text-sky-400">
                  {contribution.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {node.kind !== "question" ? (
          <a
            href={`/contribute?category=${runbookSlug}&step=${runbookSlug}/${node.id}`}
            className="text-sky-700 underline dark:text-sky-400"
          >
            {node.kind === "escalation"
              ? "Found the answer? Submit a contribution so the next person does not get stuck here"
              : "Know a better way through this step? Submit a contribution"}
          </a>
        ) : null}
        <a
          href={`/contribute?kind=runbook-change&category=${runbookSlug}&step=${runbookSlug}/${node.id}`}
          className="text-sky-700 underline dark:text-sky-400"
        >
          Suggest a change to this step
        </a>
      </p>
      {node.references.length > 0 ? (
        <section aria-labelledby={`${node.id}-refs`} className="space-y-2 text-sm">
          <h3 id={`${node.id}-refs`} className="font-semibold text-slate-900 dark:text-white">
            References
          </h3>
          <ul className="list-disc space-y-1 pl-6">
            {node.references.map((reference) => (
              <li key={reference.url}>
                <a href={reference.url} rel="nofollow noreferrer" className="text-sky-700 underline dark:text-sky-400">
                  {reference.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
