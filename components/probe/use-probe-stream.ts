"use client";

import { useCallback, useRef, useState } from "react";

import { probeStreamLineSchema } from "@/lib/probe/stream-lines";

import type { ReportView } from "./probe-results";

/** Posts a probe to /api/probe and folds the NDJSON lines into a report as they arrive. */
export function useProbeStream() {
  const [report, setReport] = useState<ReportView | null>(null);
  const [error, setError] = useState("");
  const [running, setRunning] = useState(false);
  const abort = useRef<AbortController | null>(null);

  const start = useCallback(async (input: { url: string; token: string; origin: string }) => {
    abort.current?.abort();
    abort.current = new AbortController();
    setError("");
    setReport(null);
    setRunning(true);
    try {
      const response = await fetch("/api/probe", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(input),
        signal: abort.current.signal,
      });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? `The probe could not start (HTTP ${response.status}).`);
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const text of lines.filter(Boolean)) {
          const line = probeStreamLineSchema.parse(JSON.parse(text));
          if (line.type === "start")
            setReport({
              target: line.target,
              startedAt: line.startedAt,
              checks: line.checks,
              results: [],
              done: false,
            });
          else if (line.type === "result")
            setReport((current) => current && { ...current, results: [...current.results, line.result] });
          else setReport((current) => current && { ...current, done: true, durationMs: line.durationMs });
        }
      }
    } catch (caught) {
      if ((caught as Error).name !== "AbortError") setError((caught as Error).message || "The probe failed.");
    } finally {
      setRunning(false);
    }
  }, []);

  return { report, setReport, error, running, start };
}
