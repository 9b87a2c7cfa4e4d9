import { PROBE_CHECKS } from "@/lib/probe/catalog";

import { InlineCode } from "@/components/ui/inline-code";

/** What the probe does, where it can reach from here, and the CLI for servers only your network reaches. */
export function ProbeIntro({ deployed }: { deployed: boolean }) {
  return (
    <section className="max-w-3xl space-y-3">
      <h1 className="text-2xl font-bold text-slate-900 dark:text-white">Probe an MCP server</h1>
      <p className="text-slate-700 dark:text-slate-300">
        Runs in seconds the checks our runbooks otherwise ask you to run by hand with curl and openssl: TLS, protocol
        revisions, the authorization discovery chain, an optional token, CORS and DNS-rebinding protection. Every
        problem links to the runbook step that fixes it.
      </p>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {deployed
          ? "This portal probes public addresses only. "
          : "This portal runs on your machine, so it can probe localhost and your private network. "}
        For a server only your network reaches, run <InlineCode text="`npm run probe -- <url> --json`" /> from a clone
        of this portal and upload the report below.
      </p>
      <details className="text-sm text-slate-700 dark:text-slate-300">
        <summary className="cursor-pointer font-medium">The {PROBE_CHECKS.length} checks</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {PROBE_CHECKS.map((check) => (
            <li key={check.id}>
              <strong>{check.title}.</strong> Sends: {check.sends} Expects: {check.expects}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
