"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

import type { StepContentsRequest, StepContentsResult } from "@/lib/runbooks/step-contents-schema";
import type { WalkableNode } from "@/lib/runbooks/walk-graph";

interface Options {
  slug: string;
  version: number;
  /** The content the page carried: the step it showed and the steps its answers lead to. */
  initial: Record<string, ReactNode>;
  /** The steps to have ready now (lib/runbooks/steps-within-reach.ts). */
  wanted: string[];
  load: (request: StepContentsRequest) => Promise<StepContentsResult>;
  /** Receives the titles and answers of the steps that arrived, for the walker's graph. Must not change. */
  onNodes: (nodes: WalkableNode[]) => void;
}

/**
 * Each step's content, with its title and answers, asked for from the server while the person reads the step
 * before it, so a click shows the next step with no wait. A step whose content failed to arrive is reported, and
 * asked for again the next time it is wanted.
 */
export function useStepContents({ slug, version, initial, wanted, load, onNodes }: Options) {
  const [contents, setContents] = useState(initial);
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const asked = useRef(new Set(Object.keys(initial)));
  const wantedKey = wanted.join(" ");
  useEffect(() => {
    // A click is a discrete event: React runs this effect before the browser paints the step clicked to, so the
    // request (serialized and queued by Next) is sent from a timer, after the paint.
    const timer = setTimeout(() => request(wantedKey.split(" ")), 0);
    return () => clearTimeout(timer);
    function request(ids: string[]) {
      const missing = ids.filter((id) => !asked.current.has(id));
      if (missing.length === 0) return;
      for (const id of missing) asked.current.add(id);
      const forget = () => {
        for (const id of missing) asked.current.delete(id);
        setFailed((before) => new Set([...before, ...missing]));
      };
      load({ slug, version, nodeIds: missing }).then((result) => {
        if (!result.ok) return forget();
        // The runbook changed since this page was made: its steps may differ, so the page is loaded afresh, once
        // per version (another instance may serve the old page for up to half a second more).
        if (result.version !== version) {
          if (!reloadOnceFor(`${slug} ${result.version}`)) forget();
          return;
        }
        onNodes(result.nodes);
        setContents((before) => ({ ...before, ...result.contents }));
        setFailed((before) => new Set([...before].filter((id) => !missing.includes(id))));
      }, forget);
    }
  }, [slug, version, wantedKey, load, onNodes]);
  return { contents, failed };
}

/** Reloads the page unless it was already reloaded for `reason` in this tab; says whether it did. */
function reloadOnceFor(reason: string): boolean {
  const key = `portal-reloaded-for ${reason}`;
  try {
    if (window.sessionStorage.getItem(key) !== null) return false;
    window.sessionStorage.setItem(key, "1");
  } catch {
    // Storage refused (a private window): reload all the same; the old page is served for half a second at most.
  }
  window.location.reload();
  return true;
}
