import Link from "next/link";

import { CONTRIBUTION_KINDS, type ContributionKind } from "@/lib/contributions/kinds";

interface Item {
  id: string;
  kind: ContributionKind;
  title: string;
  author: { name: string | null };
  _count: { votes: number };
}

/** A category's published community contributions, most helpful first, and a way to add one. */
export function CategoryContributions({ categorySlug, items }: { categorySlug: string; items: Item[] }) {
  return (
    <section aria-labelledby="community-heading" className="space-y-3">
      <h2 id="community-heading" className="text-xl font-semibold text-slate-900 dark:text-white">
        From the community
      </h2>
      {items.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">No community contributions here yet.</p>
      ) : (
        <ul className="space-y-2">
          {items.map((item) => (
            <li key={item.id}>
              <Link href={`/contributions/${item.id}`} className="font-medium text-sky-800 underline dark:text-sky-300">
                {item.title}
              </Link>
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {" "}
                · {CONTRIBUTION_KINDS[item.kind].label} by {item.author.name ?? "a community member"} ·{" "}
                {item._count.votes} found it helpful
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`/contribute?category=${categorySlug}`} className="text-sky-700 underline dark:text-sky-400">
          Share a technique, fix or tool for this category
        </Link>
      </p>
    </section>
  );
}
