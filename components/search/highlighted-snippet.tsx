import { Fragment } from "react";

/** The snippet marks matches with «»; they become <mark>, and everything else stays text. */
export function HighlightedSnippet({ text }: { text: string }) {
  return (
    <>
      {text.split(/«|»/).map((part, index) =>
        index % 2 === 1 ? (
          <mark key={index} className="rounded bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-700 dark:text-white">
            {part}
          </mark>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
