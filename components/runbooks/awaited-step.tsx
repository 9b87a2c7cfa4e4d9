import type { Ref } from "react";

import { StepContentPending } from "./step-content-pending";
import { StepHeader } from "./step-header";

interface Props {
  /** The walker focuses the heading when the step is shown, as it does a step's own. */
  headingRef: Ref<HTMLHeadingElement>;
  /** The step's number on the walk, counted from 1 as the walker counts them. */
  number: number;
  failed: boolean;
  /** The step's own URL, to open it as a page when it cannot be fetched. */
  href: string;
}

/**
 * In place of a step whose title and answers have not arrived: the walker holds only the steps around the one it
 * shows (lib/runbooks/walk-graph.ts), and a click outran its request for the ones after.
 */
export function AwaitedStep({ headingRef, number, failed, href }: Props) {
  return (
    <article aria-labelledby="step-heading" className="space-y-6">
      <StepHeader eyebrow={`Step ${number}`} title="Next step" headingRef={headingRef} />
      <StepContentPending failed={failed} href={href} />
    </article>
  );
}
