"use client";

import { useState } from "react";

import { formatReportMarkdown } from "@/lib/probe/format-markdown";
import type { CheckResult } from "@/lib/probe/schemas";
import type { StepLinks } from "@/lib/probe/step-links";

import { Button } from "@/components/ui/button";

interface Props {
  report: { target: string; startedAt: string; results: CheckResult[] };
  links: StepLinks;
}

/** The report as Markdown for an incident ticket, links absolute to this portal. */
export function CopyMarkdown({ report, links }: Props) {
  const [message, setMessage] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(formatReportMarkdown(report, window.location.origin, links));
      setMessage("Report copied as Markdown.");
    } catch {
      setMessage("Copying was blocked by the browser.");
    }
  }
  return (
    <div className="flex items-center gap-3">
      <Button type="button" variant="secondary" onClick={copy}>
        Copy as Markdown
      </Button>
      <span role="status" aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
        {message}
      </span>
    </div>
  );
}
