"use client";

import { useState, useSyncExternalStore } from "react";

import { renderTranscript } from "@/lib/runbooks/render-transcript";
import type { RunbookNode } from "@/lib/runbooks/schemas";
import type { TrailStep } from "@/lib/runbooks/walk";

interface Props {
  title: string;
  version: number;
  trail: TrailStep[];
  current: RunbookNode;
  downloadHref: string;
}

/** Copy the transcript as Markdown (needs JavaScript) or download it (a plain link, rendered by the server). */
export function TranscriptActions({ title, version, trail, current, downloadHref }: Props) {
  const [message, setMessage] = useState("");
  // Copying needs JavaScript: without it the button would do nothing, so it is not shown.
  const canCopy = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
  async function copy() {
    const markdown = renderTranscript({
      title,
      version,
      date: new Date(),
      trail,
      current,
      shareUrl: window.location.href,
    });
    try {
      await navigator.clipboard.writeText(markdown);
      setMessage("Transcript copied as Markdown.");
    } catch {
      setMessage("Copying was blocked by the browser: use Download transcript instead.");
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
