import Link from "next/link";
import type { ReactNode } from "react";

import { InlineCode } from "@/components/ui/inline-code";
import type { CategoryDetail } from "@/lib/taxonomy/find-category";

export function CategoryDetailView({ category, community }: { category: CategoryDetail; community: ReactNode }) {
  const siblings = category.group.categories.filter((c) => c.slug !== category.slug);
  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_16rem]">
      <article className="space-y-6">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
          <ol className="flex flex-wrap gap-1">
            <li>
              <Link href="/" className="underline hover:text-sky-700 dark:hover:text-sky-400">
                Home
              </Link>
              <span aria-hidden="true"> / </span>
            </li>
            <li>{category.group.title}</li>
          </ol>
        </nav>
        <header className="space-y-2">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{category.title}</h1>
          <p className="text-lg text-slate-600 dark:text-slate-400">{category.tagline}</p>
        </header>
        {category.runbook ? (
          <p className="flex flex-wrap items-center gap-4">
            <Link
              href={`/runbooks/${category.runbook.slug}`}
              className="rounded-lg bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800"
            >
              Start the runbook
            </Link>
            <Link
              href={`/runbooks/${category.runbook.slug}/flowchart`}
              className="text-sky-700 underline dark:text-sky-400"
            >
              See the whole flowchart
            </Link>
          </p>
        ) : null}
        <p className="max-w-3xl leading-7">
          <InlineCode text={category.summary} />
        </p>
        <section aria-labelledby="symptoms-heading" className="space-y-3">
          <h2 id="symptoms-heading" className="text-xl font-semibold text-slate-900 dark:text-white">
            Typical symptoms
          </h2>
          <ul className="max-w-3xl list-disc space-y-2 pl-5 marker:text-sky-700 dark:marker:text-sky-400">
            {category.symptoms.map((symptom) => (
              <li key={symptom}>
                <InlineCode text={symptom} />
              </li>
            ))}
          </ul>
        </section>
        {community}
      </article>
      <aside aria-labelledby="related-heading" className="space-y-3">
        <h2
          id="related-heading"
          className="text-sm font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400"
        >
          Also in {category.group.title}
        </h2>
        <ul className="space-y-2 text-sm">
          {siblings.map((sibling) => (
            <li key={sibling.slug}>
              <Link
                href={`/categories/${sibling.slug}`}
                className="underline hover:text-sky-700 dark:hover:text-sky-400"
              >
                {sibling.title}
              </Link>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
