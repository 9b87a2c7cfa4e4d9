import { getEnv } from "@/lib/env";

export function SiteFooter() {
  const discussionUrl = getEnv().COMMUNITY_DISCUSSION_URL;
  return (
    <footer className="border-t border-slate-200 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 sm:flex-row sm:justify-between sm:px-6 lg:px-8">
        <p>MCP Security Troubleshooting Portal: open-source, community-reviewed.</p>
        <p>
          <a href={discussionUrl} className="underline hover:text-sky-700 dark:hover:text-sky-400" rel="noreferrer">
            Community discussion
          </a>
          {" · "}
          <a href="/api/health" className="underline hover:text-sky-700 dark:hover:text-sky-400">
            Status
          </a>
        </p>
      </div>
    </footer>
  );
}
