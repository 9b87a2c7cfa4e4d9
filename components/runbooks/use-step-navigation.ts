"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";

import type { RunbookDefinition } from "@/lib/runbooks/schemas";
import { answersFromSearchParams, versionFromSearchParams } from "@/lib/runbooks/urls";
import { resolveWalk } from "@/lib/runbooks/walk";

/**
 * The walk is derived from the URL alone, so links, reloads, back and forward all agree. Stepping
 * pushes a history entry without asking the server: the whole tree is already here.
 */
export function useStepNavigation(definition: RunbookDefinition) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const nodeId = pathname.split("/")[3] ?? null;
  const walk = useMemo(
    () => resolveWalk(definition, nodeId, answersFromSearchParams(new URLSearchParams(searchParams.toString()))),
    [definition, nodeId, searchParams],
  );
  // Steps of this runbook switch on the client; a link into another runbook loads that runbook's page.
  const runbookPath = pathname.split("/").slice(0, 3).join("/");
  const navigate = useCallback(
    (href: string) => {
      const path = href.split("?")[0]!;
      if (path === runbookPath || path.startsWith(`${runbookPath}/`)) window.history.pushState(null, "", href);
      else window.location.assign(href);
    },
    [runbookPath],
  );
  return { walk, navigate, linkVersion: versionFromSearchParams(searchParams.get("v")) };
}

/** Lets modified clicks (new tab, new window) behave as links; handles plain clicks on the client. */
export function onPlainClick(navigate: (href: string) => void) {
  return (event: React.MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(event.currentTarget.getAttribute("href")!);
  };
}
