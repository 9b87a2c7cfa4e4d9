import { FACET_KEYS, type FacetKey, type SearchFacetCounts, type SearchQuery } from "@/lib/search/schemas";

interface Props {
  query: Pick<SearchQuery, "q" | FacetKey>;
  facets: SearchFacetCounts;
  categoryTitles: Record<string, string>;
}

const TYPE_LABEL: Record<string, string> = {
  "known-issue": "Known issues",
  "runbook-step": "Runbook steps",
  category: "Categories",
  contribution: "Contributions",
};

function hrefWith(query: Props["query"], key: FacetKey, value: string | undefined) {
  const params = new URLSearchParams();
  const next = { ...query, [key]: value };
  for (const name of ["q", ...FACET_KEYS] as const) if (next[name]) params.set(name, next[name]!);
  return `/search?${params.toString()}`;
}

const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1];

/** Facets are links, so they work without JavaScript; each count already reflects the other filters. */
export function SearchFacets({ query, facets, categoryTitles }: Props) {
  const groups = [
    { key: "type" as const, label: "Type", counts: facets.type, name: (v: string) => TYPE_LABEL[v] ?? v },
    {
      key: "category" as const,
      label: "Category",
      counts: facets.category,
      name: (v: string) => categoryTitles[v] ?? v,
    },
    {
      key: "status" as const,
      label: "Status",
      counts: facets.status,
      name: (v: string) => v[0]!.toUpperCase() + v.slice(1),
    },
    {
      key: "revision" as const,
      label: "Protocol revision",
      counts: facets.revision,
      name: (v: string) => v,
      // Newest first: the revision people run now leads.
      order: (a: [string, number], b: [string, number]) => b[0].localeCompare(a[0]),
    },
  ];
  return (
    <nav aria-label="Filter results" className="space-y-5 text-sm">
      {groups.map((group) =>
        Object.keys(group.counts).length === 0 && !query[group.key] ? null : (
          <section key={group.key} aria-labelledby={`facet-${group.key}`}>
            <h2 id={`facet-${group.key}`} className="mb-1 font-semibold text-slate-900 dark:text-white">
              {group.label}
            </h2>
            <ul className="space-y-1">
              {query[group.key] ? (
                <li>
                  <a href={hrefWith(query, group.key, undefined)} className="text-sky-700 underline dark:text-sky-400">
                    Any {group.label.toLowerCase()}
                  </a>
                </li>
              ) : null}
              {Object.entries(group.counts)
                .sort("order" in group ? group.order : byCount)
                .map(([value, count]) => (
                  <li key={value}>
                    <a
                      href={hrefWith(query, group.key, value)}
                      aria-current={query[group.key] === value ? "true" : undefined}
                      className={
                        query[group.key] === value ? "font-semibold" : "text-sky-700 underline dark:text-sky-400"
                      }
                    >
                      {group.name(value)} ({count})
                    </a>
                  </li>
                ))}
            </ul>
          </section>
        ),
      )}
    </nav>
  );
}
