import type { ReactNode } from "react";

import type { Diagnosis, DiagnosisCandidate } from "@/lib/diagnosis/diagnose";

const LEVEL_TEXT: Record<Diagnosis["level"], string> = {
  high: "High confidence",
  medium: "Medium confidence",
  low: "Low confidence: a best guess, so check the alternatives too",
};

const LEVEL_STYLE: Record<Diagnosis["level"], string> = {
  high: "border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950",
  medium: "border-sky-300 bg-sky-50 dark:border-sky-800 dark:bg-sky-950",
  low: "border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950",
};

const link = "text-sky-800 underline dark:text-sky-300";

function StartAt({ candidate }: { candidate: DiagnosisCandidate }) {
  return candidate.step ? (
    <a href={candidate.step.url} className={link}>
      {candidate.step.title}
    </a>
  ) : (
    <a href={`/runbooks/${candidate.category.slug}`} className={link}>
      the start of its runbook
    </a>
  );
}

/** One "why" list of the panel: a heading line and its items. */
function EvidenceList({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <div className="text-sm">
      <p className="font-medium text-slate-900 dark:text-white">{heading}</p>
      <ul className="list-disc space-y-1 pl-6">{children}</ul>
    </div>
  );
}

/** "Most likely: <category>, start at <step>", what led there, and up to two alternatives. */
export function DiagnosisPanel({ diagnosis }: { diagnosis: Diagnosis }) {
  return (
    <section
      aria-labelledby="diagnosis-heading"
      className={`space-y-2 rounded-xl border p-4 ${LEVEL_STYLE[diagnosis.level]}`}
    >
      <h2 id="diagnosis-heading" className="font-semibold text-slate-900 dark:text-white">
        Most likely: {diagnosis.category.title}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {LEVEL_TEXT[diagnosis.level]} ({Math.round(diagnosis.confidence * 100)}% of the evidence).
      </p>
      <p>
        Start at <StartAt candidate={diagnosis} />.
      </p>
      {diagnosis.signals.length > 0 ? (
        <EvidenceList heading="Recognised in what you pasted:">
          {diagnosis.signals.map((signal) => (
            <li key={signal.id}>
              <code className="rounded bg-white/70 px-1 break-all dark:bg-slate-900/70">{signal.matched}</code>:{" "}
              {signal.explanation}{" "}
              <a href={signal.source} rel="noreferrer" className={link}>
                Source
              </a>
            </li>
          ))}
        </EvidenceList>
      ) : null}
      {diagnosis.matches.length > 0 ? (
        <EvidenceList heading="Matching known issues and steps:">
          {diagnosis.matches.map((match) => (
            <li key={match.url}>
              <a href={match.url} className={link}>
                {match.title}
              </a>
            </li>
          ))}
        </EvidenceList>
      ) : null}
      {diagnosis.alternatives.length > 0 ? (
        <EvidenceList heading="If not, it may be:">
          {diagnosis.alternatives.map((alternative) => (
            <li key={alternative.category.slug}>
              {alternative.category.title} ({Math.round(alternative.confidence * 100)}%): start at{" "}
              <StartAt candidate={alternative} />
            </li>
          ))}
        </EvidenceList>
      ) : null}
    </section>
  );
}
