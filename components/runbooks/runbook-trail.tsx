"use client";

import { InlineCode } from "@/components/ui/inline-code";
import { stepHref } from "@/lib/runbooks/urls";
import { answersOfTrail, type TrailStep } from "@/lib/runbooks/walk";
import type { WalkableNode } from "@/lib/runbooks/walk-graph";

import { onPlainClick } from "./use-step-navigation";

interface Props {
  slug: string;
  version: number;
  trail: TrailStep<WalkableNode>[];
  navigate: (href: string) => void;
}

/** The answers so far; each can be changed, which returns to that question with the earlier answers kept. */
export function RunbookTrail({ slug, version, trail, navigate }: Props) {
  if (trail.length === 0) return null;
  return (
    <nav
      aria-labelledby="trail-heading"
      className="rounded-xl border border-slate-200 p-4 text-sm dark:border-slate-800"
    >
      <h2 id="trail-heading" className="mb-2 font-semibold text-slate-900 dark:text-white">
        Your answers so far
      </h2>
      <ol className="space-y-2">
        {trail.map((step, index) => (
          <li key={step.node.id} className="flex flex-wrap items-baseline justify-between gap-x-3">
            <span>
              <span className="text-slate-600 dark:text-slate-400">{step.node.title}</span>{" "}
              <span aria-hidden="true">→</span>{" "}
              <strong className="font-medium">
                <InlineCode text={step.answer.label} />
              </strong>
            </span>
            <a
              href={stepHref(slug, step.node.id, answersOfTrail(trail, index), version)}
              onClick={onPlainClick(navigate)}
              className="text-sky-700 underline dark:text-sky-400"
              aria-label={`Change answer to: ${step.node.title}`}
            >
              Change
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
