"use client";

import { useEffect } from "react";

/** Shown when a page fails to render. Only the error's digest reaches the browser, never its stack. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">This page could not be shown</h1>
      <p className="text-slate-600 dark:text-slate-400">
        Something failed on our side while preparing it. Nothing you entered has been lost. Try again; if it keeps
        failing, the{" "}
        <a href="/api/health" className="underline">
          status page
        </a>{" "}
        tells whether the database is reachable.
      </p>
      {error.digest ? <p className="text-xs text-slate-500 dark:text-slate-400">Reference: {error.digest}</p> : null}
      <button
        type="button"
        onClick={reset}
        className="rounded-lg bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800"
      >
        Try again
      </button>
    </div>
  );
}
