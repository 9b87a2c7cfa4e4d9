import type { Ref } from "react";

interface Props {
  /** The line above the title: the step's number on the walk and, once known, its kind. */
  eyebrow: string;
  title: string;
  /** The walker moves focus here when the step changes, so a screen reader reads the new step. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** A runbook step's number and title, the heading the walker's step is labelled by. */
export function StepHeader({ eyebrow, title, headingRef }: Props) {
  return (
    <div className="space-y-1">
      <p className="text-xs font-semibold tracking-wide text-sky-700 uppercase dark:text-sky-400">{eyebrow}</p>
      <h2
        id="step-heading"
        ref={headingRef}
        tabIndex={-1}
        className="text-xl font-semibold text-slate-900 outline-none dark:text-white"
      >
        {title}
      </h2>
    </div>
  );
}
