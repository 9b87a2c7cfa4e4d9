"use client";

import { InlineCode } from "@/components/ui/inline-code";
import { crossLinkOf } from "@/lib/runbooks/cross-links";
import type { RunbookAnswer } from "@/lib/runbooks/schemas";

import { onPlainClick } from "./use-step-navigation";

interface Props {
  question: string;
  answers: RunbookAnswer[];
  hrefs: string[];
  navigate: (href: string) => void;
}

/** Answers are links, so they work without JavaScript; keys 1–8 pick them too. */
export function StepAnswers({ question, answers, hrefs, navigate }: Props) {
  return (
    <section aria-labelledby="answers-heading" className="space-y-3">
      <h3 id="answers-heading" className="font-semibold text-slate-900 dark:text-white">
        {question}
      </h3>
      <ul className="grid gap-2">
        {answers.map((answer, index) => (
          <li key={answer.id}>
            <a
              href={hrefs[index]}
              onClick={onPlainClick(navigate)}
              className="flex items-start gap-3 rounded-lg border border-slate-300 px-4 py-3 hover:border-sky-600 hover:bg-sky-50 dark:border-slate-700 dark:hover:border-sky-500 dark:hover:bg-slate-900"
            >
              <kbd
                aria-hidden="true"
                className="mt-0.5 rounded border border-slate-300 px-1.5 font-mono text-xs text-slate-600 dark:border-slate-600 dark:text-slate-300"
              >
                {index + 1}
              </kbd>
              <span>
                <InlineCode text={answer.label} />
                {crossLinkOf(answer.next) ? (
                  <span className="block text-xs text-slate-600 dark:text-slate-400">
                    Continues in the {crossLinkOf(answer.next)!.runbook.replace(/-/g, " ")} runbook
                  </span>
                ) : null}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
