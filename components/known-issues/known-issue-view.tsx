import Link from "next/link";

import { RevisionList } from "@/components/revisions/revision-list";
import { Prose } from "@/components/ui/prose";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import type { KnownIssueDetail } from "@/lib/known-issues/find-known-issue";

import { StatusBadges } from "./status-badges";

const h2 = "text-lg font-semibold text-slate-900 dark:text-white";
const day = (date: Date) => date.toISOString().slice(0, 10);

export function KnownIssueView({ issue }: { issue: KnownIssueDetail }) {
  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_16rem]">
      <article className="min-w-0 space-y-6">
        <header className="space-y-2">
          <p className="text-sm text-slate-600 dark:text-slate-400">
            <Link href="/known-issues" className="underline">
              Known issues
            </Link>{" "}
            ·{" "}
            <Link href={`/categories/${issue.category.slug}`} className="underline">
              {issue.category.title}
            </Link>
          </p>
          <h1 className="text-2xl font-bold text-slate-900 dark:text-white">{issue.title}</h1>
          <StatusBadges severity={issue.severity} status={issue.status} />
          <p className="text-xs text-slate-500 dark:text-slate-400">
            First seen {day(issue.firstSeen)} · last updated {day(issue.lastUpdated)} ·{" "}
            {issue.lastVerified ? `last verified ${day(issue.lastVerified)}` : "not verified yet"}
          </p>
          <RevisionList revisions={issue.revisions} />
        </header>
        {issue.runbookSteps.length > 0 ? (
          <p className="flex flex-wrap gap-3">
            {issue.runbookSteps.map((step) => (
              <a
                key={step.href}
                href={step.href}
                className="rounded-lg bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800"
              >
                Walk the runbook from here: {step.title}
              </a>
            ))}
          </p>
        ) : null}
        <section aria-labelledby="signatures" className="space-y-2">
          <h2 id="signatures" className={h2}>
            Error signatures
          </h2>
          <ul className="space-y-2">
            {issue.errorSignatures.map((signature) => (
              <li key={signature}>
                <pre
                  tabIndex={0}
                  className="overflow-x-auto rounded-lg bg-slate-900 p-3 font-mono text-xs whitespace-pre-wrap text-slate-100"
                >
                  {signature}
                </pre>
              </li>
            ))}
          </ul>
        </section>
        <Section id="symptoms" title="Symptoms" markdown={issue.symptoms} />
        <Section id="root-cause" title="Root cause" markdown={issue.rootCause} />
        <section aria-labelledby="resolution" className="space-y-2">
          <h2 id="resolution" className={h2}>
            Resolution
          </h2>
          <ol className="list-decimal space-y-3 pl-6">
            {issue.resolution.map((step, index) => (
              <Prose key={index} as="li">
                {renderMarkdown(step)}
              </Prose>
            ))}
          </ol>
        </section>
        {issue.workaround ? <Section id="workaround" title="Workaround" markdown={issue.workaround} /> : null}
        <section aria-labelledby="references" className="space-y-2 text-sm">
          <h2 id="references" className={h2}>
            References
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {issue.references.map((reference) => (
              <li key={reference.url}>
                <a href={reference.url} rel="nofollow noreferrer" className="text-sky-700 underline dark:text-sky-400">
                  {reference.title}
                </a>
              </li>
            ))}
            {issue.advisories.map((id) => (
              <li key={id}>Advisory {id}</li>
            ))}
          </ul>
        </section>
      </article>
      <aside className="space-y-6 text-sm">
        <section aria-labelledby="components">
          <h2 id="components" className="font-semibold text-slate-900 dark:text-white">
            Affected components
          </h2>
          <ul className="mt-2 space-y-1">
            {issue.components.map((component) => (
              <li key={`${component.kind}-${component.name}`}>
                <span className="font-medium">{component.name}</span>{" "}
                <span className="text-slate-600 dark:text-slate-400">
                  ({component.kind}
                  {component.language ? `, ${component.language}` : ""})
                  {component.versions ? ` ${component.versions}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
        {issue.related.length > 0 ? (
          <section aria-labelledby="related">
            <h2 id="related" className="font-semibold text-slate-900 dark:text-white">
              Related issues
            </h2>
            <ul className="mt-2 space-y-1">
              {issue.related.map((related) => (
                <li key={related.slug}>
                  <Link href={`/known-issues/${related.slug}`} className="text-sky-700 underline dark:text-sky-400">
                    {related.title}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </aside>
    </div>
  );
}

function Section({ id, title, markdown }: { id: string; title: string; markdown: string }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className={h2}>
        {title}
      </h2>
      <Prose>{renderMarkdown(markdown)}</Prose>
    </section>
  );
}
