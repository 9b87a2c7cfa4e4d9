"use client";

import { useState } from "react";

import { limitMessage } from "@/lib/rate-limit/limit-message";
import type { OutcomeStats } from "@/lib/runbooks/outcome-stats-types";

interface Props {
  slug: string;
  nodeId: string;
  version: number;
  returnTo: string;
  stats: OutcomeStats | undefined;
  minOutcomes: number;
  discussionUrl: string;
  /** The result of a form post made without JavaScript, read back from the URL. */
  initialResult: { outcome: string; retry: number } | null;
}

type Status =
  { kind: "idle" } | { kind: "sending" } | { kind: "done"; fixed: boolean } | { kind: "error"; message: string };

function statusFromRedirect(result: Props["initialResult"]): Status {
  if (!result) return { kind: "idle" };
  if (result.outcome === "recorded") return { kind: "done", fixed: true };
  if (result.outcome === "rate-limited") {
    return { kind: "error", message: limitMessage("runbookOutcome", result.retry) };
  }
  return { kind: "error", message: "That answer could not be recorded. Reload the page and try again." };
}

/** "Did this fix it?": a plain form that posts without JavaScript, enhanced to answer in place. */
export function OutcomeForm({
  slug,
  nodeId,
  version,
  returnTo,
  stats,
  minOutcomes,
  discussionUrl,
  initialResult,
}: Props) {
  const [status, setStatus] = useState<Status>(() => statusFromRedirect(initialResult));

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const fixed = submitter?.value === "yes";
    setStatus({ kind: "sending" });
    try {
      const response = await fetch(`/api/runbooks/${slug}/outcomes`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ nodeId, version, fixed: fixed ? "yes" : "no" }),
      });
      if (response.ok) return setStatus({ kind: "done", fixed });
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      setStatus({ kind: "error", message: body?.error?.message ?? "That answer could not be recorded. Try again." });
    } catch {
      setStatus({ kind: "error", message: "The portal could not be reached. Check your connection and try again." });
    }
  }

  const rate = stats && stats.total >= minOutcomes ? Math.round((stats.fixed / stats.total) * 100) : null;
  return (
    <section
      aria-labelledby="outcome-heading"
      className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800"
    >
      <h3 id="outcome-heading" className="font-semibold text-slate-900 dark:text-white">
        Did this fix it?
      </h3>
      {rate !== null ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {rate}% of {stats!.total} people who followed this resolution said it fixed their problem (counted up to a
          minute ago).
        </p>
      ) : null}
      {status.kind !== "done" ? (
        <form
          method="post"
          action={`/api/runbooks/${slug}/outcomes`}
          onSubmit={submit}
          className="flex flex-wrap gap-2"
        >
          <input type="hidden" name="nodeId" value={nodeId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <button
            name="fixed"
            value="yes"
            disabled={status.kind === "sending"}
            className="rounded-lg bg-emerald-700 px-4 py-2 font-medium text-white hover:bg-emerald-800 disabled:opacity-60"
          >
            Yes, it is fixed
          </button>
          <button
            name="fixed"
            value="no"
            disabled={status.kind === "sending"}
            className="rounded-lg border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            No, still broken
          </button>
        </form>
      ) : null}
      <p role="status" aria-live="polite" className="text-sm">
        {status.kind === "done" && status.fixed ? "Thanks: your answer was recorded." : null}
        {status.kind === "done" && !status.fixed ? (
          <>
            Thanks: your answer was recorded. Change an earlier answer above, or{" "}
            <a href={discussionUrl} rel="noreferrer" className="text-sky-700 underline dark:text-sky-400">
              ask the community
            </a>{" "}
            with your transcript.
          </>
        ) : null}
        {status.kind === "error" ? <span className="text-red-700 dark:text-red-400">{status.message}</span> : null}
      </p>
    </section>
  );
}
