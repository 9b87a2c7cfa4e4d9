import Link from "next/link";

import { UserMenu } from "@/components/auth/user-menu";
import { HeaderSearch } from "@/components/search/header-search";

import { ThemeToggle } from "./theme-toggle";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6 lg:px-8">
        <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900 dark:text-white">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
            <rect width="32" height="32" rx="7" className="fill-sky-700" />
            <path d="M16 5l9 4v6c0 6-4 10.5-9 12-5-1.5-9-6-9-12V9z" fill="#fff" />
          </svg>
          <span>
            MCP Security <span className="text-sky-700 dark:text-sky-400">Troubleshooting</span>
          </span>
        </Link>
        <HeaderSearch />
        <nav aria-label="Main" className="flex items-center gap-4 text-sm">
          <Link
            href="/#categories"
            className="text-slate-700 hover:text-sky-700 dark:text-slate-300 dark:hover:text-sky-400"
          >
            Categories
          </Link>
          <Link
            href="/known-issues"
            className="text-slate-700 hover:text-sky-700 dark:text-slate-300 dark:hover:text-sky-400"
          >
            Known issues
          </Link>
          <Link href="/probe" className="text-slate-700 hover:text-sky-700 dark:text-slate-300 dark:hover:text-sky-400">
            Probe a server
          </Link>
          <UserMenu />
          <ThemeToggle />
        </nav>
      </div>
    </header>
  );
}
