"use client";

import { useCallback, useLayoutEffect, useMemo, useSyncExternalStore } from "react";

import { answersFromSearchParams, versionFromSearchParams } from "@/lib/runbooks/urls";
import { resolveWalk } from "@/lib/runbooks/walk";
import type { WalkGraph } from "@/lib/runbooks/walk-graph";

// The page is cached and served from an internal path (lib/runbooks/cached-step-path.ts), so it learns its
// URL from the server (initialUrl) and then from the browser's location, never from Next.js's router
// hooks: useSearchParams would leave the step out of the cached HTML (a client-side bailout).
const listeners = new Set<() => void>();

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener("popstate", onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("popstate", onChange);
  };
}

const browserUrl = () => window.location.pathname + window.location.search;

/**
 * The walk is derived from the URL alone, so links, reloads, back and forward all agree. Stepping
 * pushes a history entry without asking the server: the whole graph is already here.
 */
export function useStepNavigation(graph: WalkGraph, initialUrl: string, replaceUrl: boolean) {
  // The server showed the route to a step named without answers: the address bar takes that route before the
  // browser's URL is first read, so the walk does not flip back to the bare step after hydration.
  useLayoutEffect(() => {
    if (!replaceUrl || browserUrl() === initialUrl) return;
    window.history.replaceState(window.history.state, "", initialUrl);
    for (const listener of listeners) listener();
  }, [initialUrl, replaceUrl]);
  const href = useSyncExternalStore(subscribe, browserUrl, () => initialUrl);
  const url = useMemo(() => new URL(href, "http://portal.invalid"), [href]);
  const nodeId = url.pathname.split("/")[3] ?? null;
  const walk = useMemo(
    () => resolveWalk(graph, nodeId, answersFromSearchParams(url.searchParams)),
    [graph, nodeId, url],
  );
  // Steps of this runbook switch on the client; a link into another runbook loads that runbook's page.
  const runbookPath = url.pathname.split("/").slice(0, 3).join("/");
  const navigate = useCallback(
    (next: string) => {
      const path = next.split("?")[0]!;
      if (path !== runbookPath && !path.startsWith(`${runbookPath}/`)) return window.location.assign(next);
      window.history.pushState(null, "", next);
      for (const listener of listeners) listener();
    },
    [runbookPath],
  );
  return { walk, navigate, linkVersion: versionFromSearchParams(url.searchParams.get("v")) };
}

/** Lets modified clicks (new tab, new window) behave as links; handles plain clicks on the client. */
export function onPlainClick(navigate: (href: string) => void) {
  return (event: React.MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(event.currentTarget.getAttribute("href")!);
  };
}
