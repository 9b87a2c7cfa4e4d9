"use client";

import { useId, useMemo, useState } from "react";

import { decodeJwt, describeRelative } from "@/lib/token-inspector/decode-jwt";

const HIGHLIGHTED = new Set(["aud", "iss", "scope", "scp", "exp", "nbf", "iat", "azp", "client_id", "resource"]);

/** Decodes a pasted JWT in the browser. Nothing is sent anywhere: there is no request in this component. */
export function TokenInspector() {
  const [input, setInput] = useState("");
  const inputId = useId();
  const result = useMemo(() => (input.trim() ? decodeJwt(input) : null), [input]);
  return (
    <section
      aria-labelledby={`${inputId}-heading`}
      className="space-y-3 rounded-xl border border-sky-200 bg-sky-50/50 p-4 dark:border-sky-900 dark:bg-sky-950/30"
    >
      <h3 id={`${inputId}-heading`} className="font-semibold text-slate-900 dark:text-white">
        Token inspector
      </h3>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Paste an access token (JWT). It is decoded in this browser and never sent anywhere. The signature is not
        checked.
      </p>
      <label htmlFor={inputId} className="sr-only">
        Access token
      </label>
      <textarea
        id={inputId}
        value={input}
        onChange={(event) => setInput(event.target.value)}
        rows={3}
        spellCheck={false}
        autoComplete="off"
        placeholder="eyJhbGciOi…"
        className="w-full rounded-lg border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
      />
      <div aria-live="polite" className="space-y-3 text-sm">
        {result && !result.ok ? <p className="text-red-700 dark:text-red-400">{result.error}</p> : null}
        {result?.ok ? (
          <>
            {result.warnings.length > 0 ? (
              <ul className="space-y-1" aria-label="Warnings">
                {result.warnings.map((warning) => (
                  <li
                    key={warning.message}
                    className={
                      warning.level === "error"
                        ? "text-red-700 dark:text-red-400"
                        : "text-amber-800 dark:text-amber-300"
                    }
                  >
                    {warning.level === "error" ? "Problem: " : "Note: "}
                    {warning.message}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-emerald-800 dark:text-emerald-300">No problems found in the claims.</p>
            )}
            {result.times.length > 0 ? (
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1" aria-label="Times">
                {result.times.map((time) => (
                  <div key={time.name} className="contents">
                    <dt className="font-mono font-semibold">{time.name}</dt>
                    <dd>
                      {time.date.toISOString()} ({describeRelative(time.relativeSeconds)})
                    </dd>
                  </div>
                ))}
              </dl>
            ) : null}
            <ClaimsTable label="Header" claims={result.header} />
            <ClaimsTable label="Claims" claims={result.payload} />
          </>
        ) : null}
      </div>
    </section>
  );
}

function ClaimsTable({ label, claims }: { label: string; claims: Record<string, unknown> }) {
  return (
    <table className="w-full text-left font-mono text-xs">
      <caption className="mb-1 text-left font-sans text-sm font-semibold">{label}</caption>
      <tbody>
        {Object.entries(claims).map(([key, value]) => (
          <tr key={key} className={HIGHLIGHTED.has(key) ? "bg-amber-100 dark:bg-amber-900/40" : undefined}>
            <th scope="row" className="py-0.5 pr-3 align-top font-semibold">
              {key}
            </th>
            <td className="py-0.5 break-all">{JSON.stringify(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
