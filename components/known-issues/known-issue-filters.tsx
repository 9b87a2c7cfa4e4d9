import type { KnownIssueFilters } from "@/lib/known-issues/list-filters";
import { SEVERITIES, STATUSES } from "@/lib/known-issues/schemas";
import { PROTOCOL_REVISIONS } from "@/lib/revisions/protocol-revisions";

import { ComponentFilter } from "./component-filter";

interface Props {
  filters: KnownIssueFilters;
  categories: Record<string, string>;
  loadComponentNames: () => Promise<string[]>;
}

/** Selects and the component field alike. */
const select =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900";

/** A GET form: filtering works without JavaScript and every filtered list has its own URL. */
export function KnownIssueFilterForm({ filters, categories, loadComponentNames }: Props) {
  return (
    <form
      method="get"
      action="/known-issues"
      aria-label="Filter known issues"
      className="grid gap-3 text-sm sm:grid-cols-6 sm:items-end"
    >
      <label>
        Category
        <select name="category" defaultValue={filters.category ?? ""} className={select}>
          <option value="">All categories</option>
          {Object.entries(categories)
            .sort((a, b) => a[1].localeCompare(b[1]))
            .map(([slug, title]) => (
              <option key={slug} value={slug}>
                {title}
              </option>
            ))}
        </select>
      </label>
      <label>
        Status
        <select name="status" defaultValue={filters.status ?? ""} className={select}>
          <option value="">Any status</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </label>
      <label>
        Severity
        <select name="severity" defaultValue={filters.severity ?? ""} className={select}>
          <option value="">Any severity</option>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {severity}
            </option>
          ))}
        </select>
      </label>
      <label>
        Component
        <ComponentFilter loadNames={loadComponentNames} defaultValue={filters.component ?? ""} className={select} />
      </label>
      <label>
        MCP revision
        <select name="revision" defaultValue={filters.revision ?? ""} className={select}>
          <option value="">Any revision</option>
          {[...PROTOCOL_REVISIONS].reverse().map((revision) => (
            <option key={revision} value={revision}>
              {revision}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-lg bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
        Filter
      </button>
    </form>
  );
}
