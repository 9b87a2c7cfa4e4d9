"use client";

import { useState, type ChangeEvent } from "react";

import { fromZodError } from "@/lib/errors";
import { probeReportSchema, type ProbeReport } from "@/lib/probe/schemas";

import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

/** A report from `npm run probe -- <url> --json`, pasted or uploaded, checked against the report schema. */
export function ReportImport({ onLoad }: { onLoad: (report: ProbeReport) => void }) {
  const [text, setText] = useState("");
  const [error, setError] = useState("");
  function load(source: string) {
    let json: unknown;
    try {
      json = JSON.parse(source);
    } catch {
      return setError("This is not JSON: paste the whole output of npm run probe -- <url> --json.");
    }
    const parsed = probeReportSchema.safeParse(json);
    if (!parsed.success) return setError(`This is not a probe report: ${fromZodError(parsed.error).message}`);
    setError("");
    onLoad(parsed.data);
  }
  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > 2_000_000) return setError("The file is larger than a probe report can be (2 MB).");
    load(await file.text());
  }
  return (
    <div className="space-y-4">
      <Field id="report-file" label="Upload a report (JSON)">
        {() => (
          <input id="report-file" type="file" accept="application/json,.json" onChange={upload} className="text-sm" />
        )}
      </Field>
      <Field id="report-text" label="Or paste it" error={error}>
        {(describedBy) => (
          <textarea
            id="report-text"
            rows={5}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={describedBy}
            className={`${inputClass} font-mono text-xs`}
          />
        )}
      </Field>
      <Button type="button" variant="secondary" onClick={() => load(text)}>
        Show the report
      </Button>
    </div>
  );
}
