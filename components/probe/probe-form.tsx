"use client";

import { useState, type FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

interface Props {
  running: boolean;
  onProbe: (input: { url: string; token: string; origin: string }) => void;
}

/** The server to probe. The token stays in this form's memory and the one request; it is never stored. */
export function ProbeForm({ running, onProbe }: Props) {
  const [url, setUrl] = useState("");
  const [token, setToken] = useState("");
  const [origin, setOrigin] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    onProbe({ url: url.trim(), token: token.trim().replace(/^Bearer\s+/i, ""), origin: origin.trim() });
  }
  return (
    <form onSubmit={submit} className="space-y-4" aria-label="Probe an MCP server">
      <Field id="probe-url" label="MCP server URL" hint="Exactly as clients are configured with it, path included.">
        {(describedBy) => (
          <input
            id="probe-url"
            type="url"
            required
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://mcp.example.com/mcp"
            aria-describedby={describedBy}
            className={inputClass}
          />
        )}
      </Field>
      <Field
        id="probe-token"
        label="Bearer token (optional)"
        hint="Used for this probe only: never stored or logged, and redacted from the evidence."
      >
        {(describedBy) => (
          <input
            id="probe-token"
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            aria-describedby={describedBy}
            className={inputClass}
          />
        )}
      </Field>
      <Field
        id="probe-origin"
        label="Browser origin (optional)"
        hint="The origin of a browser-based client, to test CORS for it."
      >
        {(describedBy) => (
          <input
            id="probe-origin"
            type="url"
            value={origin}
            onChange={(e) => setOrigin(e.target.value)}
            placeholder="https://app.example.com"
            aria-describedby={describedBy}
            className={inputClass}
          />
        )}
      </Field>
      <Button type="submit" disabled={running}>
        {running ? "Probing…" : "Probe the server"}
      </Button>
    </form>
  );
}
