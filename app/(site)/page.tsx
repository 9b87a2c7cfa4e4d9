import Link from "next/link";

import { CategoryGroupSection } from "@/components/taxonomy/category-group-section";
import { loadForCachedPage } from "@/lib/page-cache/page-path";
import { getEnv, isBuildPhase } from "@/lib/env";
import { listCategoryGroups } from "@/lib/taxonomy/list-category-groups";

// Cached (lib/page-cache): rendered on its first request and again after each content change. The build's
// prerender is thrown away, so it reads nothing from whatever database the build sees.
export default async function HomePage() {
  const groups = isBuildPhase() ? [] : await loadForCachedPage("/", listCategoryGroups);
  return (
    <div className="space-y-12">
      <section className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">
          Fix MCP security problems, step by step.
        </h1>
        <p className="text-lg text-slate-600 dark:text-slate-400">
          Pick the symptom you see (an agent that will not authenticate, a token that expires mid-session, a 403, a 429,
          a container that cannot read its secret) and follow the runbook to a tested fix, with the community&apos;s
          known issues beside it.
        </p>
        <p className="text-sm">
          <Link
            href="/changes/2026-07-28"
            className="font-medium text-sky-700 underline hover:no-underline dark:text-sky-400"
          >
            What changed in MCP 2026-07-28, for troubleshooters
          </Link>
        </p>
        <p className="text-sm">
          <a
            href={getEnv().COMMUNITY_DISCUSSION_URL}
            rel="noreferrer"
            className="font-medium text-sky-700 underline hover:no-underline dark:text-sky-400"
          >
            Join the Security Troubleshooting discussions
          </a>{" "}
          <span className="text-slate-500 dark:text-slate-400">to share techniques and fixes.</span>
        </p>
      </section>
      <div id="categories" className="scroll-mt-4 space-y-10">
        {groups.map((group) => (
          <CategoryGroupSection key={group.slug} group={group} />
        ))}
      </div>
    </div>
  );
}
