import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { inputClass } from "@/components/ui/field";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { CONTRIBUTION_KINDS, KIND_ORDER } from "@/lib/contributions/kinds";
import { listModerationQueue } from "@/lib/contributions/queries";
import { queueFiltersSchema } from "@/lib/contributions/queue-filters";
import { listCategoryTitles } from "@/lib/taxonomy/list-category-titles";

export const metadata: Metadata = { title: "Moderation queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ModerationPage({ searchParams }: Props) {
  // Not even the page's existence is shown to people who may not moderate.
  if (!hasRole(await getCurrentUser(), "MODERATOR")) notFound();
  const filters = queueFiltersSchema.parse(await searchParams);
  const [queue, categories] = await Promise.all([listModerationQueue(filters), listCategoryTitles()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-slate-900 dark:text-white">Moderation queue</h1>
      <form className="flex flex-wrap items-end gap-3" aria-label="Filter the queue">
        <label className="space-y-1 text-sm">
          <span className="block font-medium">Kind</span>
          <select name="kind" defaultValue={filters.kind ?? ""} className={inputClass}>
            <option value="">All kinds</option>
            {KIND_ORDER.map((kind) => (
              <option key={kind} value={kind}>
                {CONTRIBUTION_KINDS[kind].label}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-medium">Category</span>
          <select name="category" defaultValue={filters.category ?? ""} className={inputClass}>
            <option value="">All categories</option>
            {Object.entries(categories).map(([slug, title]) => (
              <option key={slug} value={slug}>
                {title}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-medium">Waiting at least</span>
          <select name="olderThanDays" defaultValue={String(filters.olderThanDays ?? "")} className={inputClass}>
            <option value="">Any time</option>
            <option value="1">1 day</option>
            <option value="7">7 days</option>
            <option value="30">30 days</option>
          </select>
        </label>
        <button type="submit" className="rounded-lg bg-sky-700 px-4 py-2 text-sm font-medium text-white">
          Filter
        </button>
      </form>
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {queue.length} waiting for review
      </p>
      <ul className="space-y-3">
        {queue.map((item) => (
          <li key={item.id} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {CONTRIBUTION_KINDS[item.kind].label} · {categories[item.categorySlug]} · by {item.author.name} ·{" "}
              {item.submittedAt ? `submitted ${item.submittedAt.toISOString().slice(0, 10)}` : "not submitted"}
              {item._count.reports > 0 ? ` · ${item._count.reports} open report(s)` : ""}
              {item.runbookVerdict === "conflicts" ? (
                <span className="font-medium text-red-700 dark:text-red-400"> · no longer applies to the runbook</span>
              ) : item.runbookVerdict === "already in effect" ? (
                <span className="font-medium"> · already in the runbook</span>
              ) : null}
            </p>
            <Link href={`/contributions/${item.id}`} className="font-medium text-sky-800 underline dark:text-sky-300">
              {item.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
