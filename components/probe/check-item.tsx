import Link from "next/link";

import type { CheckResult } from "@/lib/probe/schemas";
import type { StepLink } from "@/lib/probe/step-links";

import { StatusBadge } from "./status-badge";

/** One check: its verdict, what was found, the runbook step that fixes it, and the evidence on demand. */
export function CheckItem({ title, result, fix }: { title: string; result: CheckResult | null; fix: StepLink | null }) {
  return (
    <li className="space-y-1 py-3" data-check={result?.id} data-status={result?.status ?? "pending"}>
      <div className="flex items-start gap-3">
        <StatusBadge status={result?.status ?? "pending"} />
        <div className="min-w-0 space-y-1">
          <p className="font-medium text-slate-900 dark:text-slate-100">{title}</p>
          {result ? <p className="text-sm text-slate-700 dark:text-slate-300">{result.summary}</p> : null}
          {fix ? (
            <p className="text-sm">
              <Link href={fix.href} className="font-medium text-sky-700 underline hover:no-underline dark:text-sky-400">
                Fix it: {fix.title}
              </Link>
            </p>
          ) : null}
          {result && result.evidence.length > 0 ? (
            <details className="text-sm">
              <summary className="cursor-pointer text-slate-700 dark:text-slate-300">Evidence for {title}</summary>
              {result.evidence.map((item, i) => (
                <div key={i} className="mt-2">
                  <p className="font-medium text-slate-800 dark:text-slate-200">{item.label}</p>
                  <pre className="mt-1 overflow-x-auto rounded bg-slate-100 p-2 text-xs whitespace-pre-wrap text-slate-900 dark:bg-slate-900 dark:text-slate-100">
                    {[
                      item.request,
                      item.status,
                      ...Object.entries(item.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
                      item.body,
                      item.note,
                    ]
                      .filter(Boolean)
                      .join("\n")}
                  </pre>
                </div>
              ))}
            </details>
          ) : null}
        </div>
      </div>
    </li>
  );
}
