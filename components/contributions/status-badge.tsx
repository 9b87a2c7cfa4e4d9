import type { ContributionStatus } from "@/lib/contributions/kinds";

const LABELS: Record<ContributionStatus, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Waiting for review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Published",
  REJECTED: "Rejected",
};

const COLORS: Record<ContributionStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100",
  SUBMITTED: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100",
  CHANGES_REQUESTED: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  APPROVED: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100",
  REJECTED: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
};

export function ContributionStatusBadge({ status }: { status: ContributionStatus }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${COLORS[status]}`}>{LABELS[status]}</span>;
}
