import { Prose } from "@/components/ui/prose";
import type { ContributionContent } from "@/lib/contributions/schemas";
import { renderMarkdown } from "@/lib/markdown/render-markdown";

const SECTION_TITLES: Partial<Record<ContributionContent["kind"], string>> = {
  KNOWN_ISSUE: "Symptoms",
  RUNBOOK_CHANGE: "Why this change",
};

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-2">
      <h2 className="text-lg font-semibold text-slate-900 dark:text-white">{title}</h2>
      {children}
    </section>
  );
}

/** A contribution's own fields, then its description: plain text as text, Markdown through the sanitizer. */
export function ContributionContentView({ content }: { content: ContributionContent }) {
  return (
    <div className="space-y-6">
      {content.kind === "DIAGNOSTIC_TOOL" ? (
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium">Tool</dt>
          <dd>{content.name}</dd>
          <dt className="font-medium">Homepage</dt>
          <dd>
            <a href={content.homepage} rel="nofollow noreferrer" className="text-sky-700 underline dark:text-sky-400">
              {content.homepage}
            </a>
          </dd>
          <dt className="font-medium">License</dt>
          <dd>{content.license}</dd>
          <dt className="font-medium">What it checks</dt>
          <dd className="whitespace-pre-line">{content.checks}</dd>
          <dt className="font-medium">Install</dt>
          <dd className="font-mono text-sm whitespace-pre-line">{content.install}</dd>
          <dt className="font-medium">Usage</dt>
          <dd className="font-mono text-sm whitespace-pre-line">{content.usage}</dd>
        </dl>
      ) : null}
      {content.kind === "COMMON_SOLUTION" ? (
        <Section title="The problem">
          <p className="whitespace-pre-line">{content.problem}</p>
          {content.appliesWhen ? (
            <p className="text-slate-600 dark:text-slate-400">Applies when: {content.appliesWhen}</p>
          ) : null}
        </Section>
      ) : null}
      {content.kind === "RESOLUTION_PROCEDURE" && content.prerequisites ? (
        <Section title="Prerequisites">
          <p className="whitespace-pre-line">{content.prerequisites}</p>
        </Section>
      ) : null}
      {content.kind === "KNOWN_ISSUE" ? (
        <>
          <Section title="Error messages">
            <ul className="space-y-1">
              {content.errorSignatures.map((signature) => (
                <li key={signature}>
                  <code className="block rounded bg-slate-100 p-2 text-sm break-words dark:bg-slate-900">
                    {signature}
                  </code>
                </li>
              ))}
            </ul>
          </Section>
          <p>
            <span className="font-medium">Severity:</span> {content.severity}.{" "}
            <span className="font-medium">Affected:</span> {content.components.join("; ")}
          </p>
          <Section title="Root cause">
            <p className="whitespace-pre-line">{content.rootCause}</p>
          </Section>
          <Section title="The fix">
            <ol className="list-decimal space-y-1 pl-5">
              {content.resolution.map((step, index) => (
                <li key={index}>{step}</li>
              ))}
            </ol>
          </Section>
          {content.workaround ? (
            <Section title="Workaround">
              <p className="whitespace-pre-line">{content.workaround}</p>
            </Section>
          ) : null}
          <Section title="References">
            <ul className="list-disc pl-5">
              {content.references.map((url) => (
                <li key={url}>
                  <a
                    href={url}
                    rel="nofollow noreferrer"
                    className="break-all text-sky-700 underline dark:text-sky-400"
                  >
                    {url}
                  </a>
                </li>
              ))}
            </ul>
          </Section>
        </>
      ) : null}
      {"steps" in content ? (
        <Section title="Steps">
          <ol className="list-decimal space-y-1 pl-5">
            {content.steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </Section>
      ) : null}
      {content.kind === "DIAGNOSTIC_TECHNIQUE" ? (
        <Section title="What it reveals">
          <p className="whitespace-pre-line">{content.reveals}</p>
        </Section>
      ) : null}
      {content.kind === "RESOLUTION_PROCEDURE" ? (
        <Section title="Verify the fix">
          <p className="whitespace-pre-line">{content.verification}</p>
        </Section>
      ) : null}
      {content.kind === "RUNBOOK_CHANGE" ? (
        <details className="space-y-2">
          <summary className="cursor-pointer font-medium">The proposal as written (YAML)</summary>
          <pre tabIndex={0} className="overflow-x-auto rounded-lg bg-slate-100 p-3 text-sm dark:bg-slate-900">
            {content.proposal}
          </pre>
          {content.removeSteps.length > 0 ? <p>Steps to remove: {content.removeSteps.join(", ")}</p> : null}
        </details>
      ) : null}
      <Section title={SECTION_TITLES[content.kind] ?? "Details"}>
        <Prose>{renderMarkdown(content.body)}</Prose>
      </Section>
    </div>
  );
}
