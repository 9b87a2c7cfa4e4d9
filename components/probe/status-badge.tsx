import type { CheckStatus } from "@/lib/probe/schemas";

const styles: Record<CheckStatus | "pending", string> = {
  pass: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200",
  warn: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  fail: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
  skip: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  pending: "bg-white text-slate-700 ring-1 ring-slate-300 dark:bg-slate-900 dark:text-slate-300 dark:ring-slate-700",
};

const labels = { pass: "Pass", warn: "Warning", fail: "Fail", skip: "Skipped", pending: "Running…" };

export function StatusBadge({ status }: { status: CheckStatus | "pending" }) {
  return (
    <span
      className={`inline-block w-20 shrink-0 rounded px-2 py-0.5 text-center text-xs font-semibold ${styles[status]}`}
    >
      {labels[status]}
    </span>
  );
}
