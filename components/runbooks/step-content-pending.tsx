/** In place of a step's content that has not arrived: shown only when a click outran the walker's request. */
export function StepContentPending({ failed, href }: { failed: boolean; href: string }) {
  if (!failed) {
    return (
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        Loading this step&apos;s details…
      </p>
    );
  }
  return (
    <p
      role="alert"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      This step&apos;s details could not be loaded.{" "}
      <a href={href} className="font-medium underline">
        Open this step as a page
      </a>{" "}
      (your answers are kept in its link).
    </p>
  );
}
