"use client";

import { useState, useSyncExternalStore } from "react";

/**
 * Copy the transcript as Markdown (needs JavaScript) or download it (a plain link). The server writes both: the
 * transcript holds every walked step's commands, and the browser has only the steps' titles and answers.
 */
export function TranscriptActions({ downloadHref }: { downloadHref: string }) {
  const [message, setMessage] = useState("");
  // Copying needs JavaScript: without it the button would do nothing, so it is not shown.
  const canCopy = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
  async function copy() {
    const markdown = fetch(downloadHref).then((response) => {
      if (!response.ok) throw new Error(`The transcript answered ${response.status}.`);
      return response.text();
    });
    try {
      await copyText(markdown);
      setMessage("Transcript copied as Markdown.");
    } catch {
      setMessage("Copying did not work here: use Download transcript instead.");
    }
  }
  const button =
    "rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";
  return (
    <div className="flex flex-wrap items-center gap-2">
      {canCopy ? (
        <button type="button" onClick={copy} className={button}>
          Copy as Markdown
        </button>
      ) : null}
      <a href={downloadHref} download className={button}>
        Download transcript
      </a>
      <span role="status" aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">
        {message}
      </span>
    </div>
  );
}

/**
 * Text that is still on its way: a ClipboardItem takes the promise within the click (Safari refuses a clipboard
 * write that starts after an await); browsers without one get the text once it has arrived.
 */
async function copyText(text: Promise<string>) {
  if (typeof ClipboardItem === "undefined") return navigator.clipboard.writeText(await text);
  const blob = text.then((value) => new Blob([value], { type: "text/plain" }));
  try {
    await navigator.clipboard.write([new ClipboardItem({ "text/plain": blob })]);
  } catch {
    await navigator.clipboard.writeText(await text);
  }
}
