const SEVERITY_STYLE: Record<string, string> = {
  CRITICAL: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
  HIGH: "bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-200",
  MEDIUM: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  LOW: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
};
const STATUS_STYLE: Record<string, string> = {
  OPEN: "bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200",
  MITIGATED: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  FIXED: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
};

const label = (value: string) => value[0] + value.slice(1).toLowerCase();

export function StatusBadges({ severity, status }: { severity: string; status: string }) {
  return (
    <span className="inline-flex gap-1.5 text-xs font-semibold">
      <span className={`rounded px-1.5 py-0.5 ${SEVERITY_STYLE[severity]}`}>{label(severity)} severity</span>
      <span className={`rounded px-1.5 py-0.5 ${STATUS_STYLE[status]}`}>{label(status)}</span>
    </span>
  );
}
