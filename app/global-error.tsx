"use client";

import "./globals.css";

/** Replaces the root layout when the layout itself fails, so it brings its own html and body. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="bg-white p-8 font-sans text-slate-800">
        <main className="mx-auto max-w-xl space-y-4 text-center">
          <h1 className="text-2xl font-bold">The portal could not be shown</h1>
          <p>Something failed on our side. Nothing you entered has been lost.</p>
          {error.digest ? <p className="text-xs text-slate-500">Reference: {error.digest}</p> : null}
          <button type="button" onClick={reset} className="rounded-lg bg-sky-700 px-4 py-2 text-white">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
