import Link from "next/link";

import type { CategoryGroupListing } from "@/lib/taxonomy/list-category-groups";

export function CategoryGroupSection({ group }: { group: CategoryGroupListing }) {
  const headingId = `group-${group.slug}`;
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div>
        <h2 id={headingId} className="text-xl font-semibold text-slate-900 dark:text-white">
          {group.title}
        </h2>
        <p className="mt-1 max-w-3xl text-slate-600 dark:text-slate-400">{group.summary}</p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {group.categories.map((category) => (
          <li key={category.slug}>
            <Link
              href={`/categories/${category.slug}`}
              className="block h-full rounded-xl border border-slate-200 p-4 transition hover:border-sky-600 hover:shadow-sm dark:border-slate-800 dark:hover:border-sky-500"
            >
              <span className="block font-medium text-slate-900 dark:text-white">{category.title}</span>
              <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">{category.tagline}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
