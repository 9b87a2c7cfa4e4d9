"use client";

import { useEffect, useRef } from "react";

/** A plain GET form to /search on every page; `/` focuses it (unless you are typing in a field). */
export function HeaderSearch() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.metaKey || event.ctrlKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
  return (
    <form action="/search" method="get" role="search" aria-label="Site" className="w-full sm:w-64">
      <label htmlFor="header-search" className="sr-only">
        Search known issues and runbooks
      </label>
      <input
        ref={input}
        id="header-search"
        name="q"
        type="search"
        placeholder="Search or paste an error  ( / )"
        className="w-full rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
      />
    </form>
  );
}
