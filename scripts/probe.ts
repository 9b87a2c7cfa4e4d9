import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";

import { getEnv } from "@/lib/env";
import { fromZodError } from "@/lib/errors";
import { formatResultText, formatSummaryText } from "@/lib/probe/format-text";
import { PROBE_LIMITS } from "@/lib/probe/limits";
import { probeStepLinks } from "@/lib/probe/step-links";
import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";
import { runProbe } from "@/lib/probe/run-probe";
import { probeInputSchema, type CheckResult, type ProbeReport } from "@/lib/probe/schemas";

import { runCli } from "./run-cli";

const USAGE =
  "Usage: npm run probe -- <url> [--token <bearer>] [--origin <origin>] [--ca <pem file>] [--json] [--verbose]";

// Probes an MCP server from this machine (no address restrictions: it reaches what you reach) and prints
// pass/warn/fail per check with the portal page that fixes each problem. Exit code 1 when a check fails.
runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      token: { type: "string" },
      origin: { type: "string" },
      ca: { type: "string" },
      json: { type: "boolean", default: false },
      verbose: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help || positionals.length !== 1) throw new Error(USAGE);
  const parsed = probeInputSchema.safeParse({ url: positionals[0], token: values.token, origin: values.origin });
  if (!parsed.success) throw new Error(`${fromZodError(parsed.error).message}\n${USAGE}`);
  const ca = values.ca ? await readFile(values.ca, "utf8").catch(() => null) : undefined;
  if (ca === null) throw new Error(`Cannot read the CA file ${values.ca}.`);
  const portal = getEnv().PUBLIC_URL ?? "http://localhost:3000";
  const links = probeStepLinks((await loadRunbookFiles()).map((file) => file.definition));

  const startedAt = new Date();
  const results: CheckResult[] = [];
  const options = { ...parsed.data, limits: { ...PROBE_LIMITS, policy: { mode: "cli" as const }, ca } };
  if (!values.json) console.log(`Probing ${parsed.data.url}\n`);
  for await (const result of runProbe(parsed.data.url, options)) {
    results.push(result);
    if (!values.json) console.log(formatResultText(result, portal, links, values.verbose));
  }
  const report: ProbeReport = {
    format: "mcp-probe-report/1",
    target: parsed.data.url,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    results,
  };
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else console.log(`\n${formatSummaryText(report)}\nUpload the --json output at ${portal}/probe to share it.`);
  if (results.some((r) => r.status === "fail")) process.exit(1);
});
