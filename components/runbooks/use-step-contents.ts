"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

import type { StepContentsRequest, StepContentsResult } from "@/lib/runbooks/step-contents-schema";

interface Options {
  slug: string;
  version: number;
  /** The content the page carried: the step it showed and the steps its answers lead to. */
  initial: Record<string, ReactNode>;
  /** The steps to have ready now (lib/runbooks/steps-within-reach.ts). */
  wanted: string[];
  load: (request: StepContentsRequest) => Promise<StepContentsResult>;
}

/**
 * Each step's content, asked for from the server while the person reads the step before it, so a click shows
 * the next step with no wait. A step whose content failed to arrive is reported, and asked for again the next
 * time it is wanted.
 */
export function useStepContents({ slug, version, initial, wanted, load }: Options) {
  const [contents, setContents] = useState(initial);
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const asked = useRef(new Set(Object.keys(initial)));
  const wantedKey = wanted.join(" ");
  useEffect(() => {
    const missing = wantedKey.split(" ").filter((id) => !asked.current.has(id));
    if (missing.length === 0) return;
    for (const id of missing) asked.current.add(id);
    const forget = () => {
      for (const id of missing) asked.current.delete(id);
      setFailed((before) => new Set([...before, ...missing]));
    };
    load({ slug, version, nodeIds: missing }).then((result) => {
      if (!result.ok) return forget();
      // The runbook changed since this page was made: its steps may differ, so the page is loaded afresh.
      if (result.version !== version) return window.location.reload();
      setContents((before) => ({ ...before, ...result.contents }));
      setFailed((before) => new Set([...before].filter((id) => !missing.includes(id))));
    }, forget);
  }, [slug, version, wantedKey, load]);
  return { contents, failed };
}
