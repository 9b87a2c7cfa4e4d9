import { PROBE_CHECKS } from "./catalog";
import { CHECK_RUNNERS } from "./checks";
import type { Outcome } from "./checks/types";
import { ProbeContext, type ProbeOptions } from "./context";
import { ProbeNetworkError } from "./net/network-policy";
import { redactText } from "./redact";
import type { CheckResult, ProbeReport } from "./schemas";

export const PROBE_DEADLINE_MS = 60_000;

/**
 * Runs every check in catalog order and yields each result as soon as it is known, so the page and the
 * CLI show progress. Checks never throw: a network error becomes the check's failure, and once the host
 * cannot be reached the remaining checks are skipped with that reason.
 */
export async function* runProbe(target: string, options: ProbeOptions): AsyncGenerator<CheckResult> {
  const ctx = new ProbeContext(target, options);
  const deadline = Date.now() + PROBE_DEADLINE_MS;
  let unreachable: string | null = null;
  for (const check of PROBE_CHECKS) {
    const started = performance.now();
    let outcome: Outcome;
    if ("needsToken" in check && check.needsToken && !options.token) {
      outcome = { status: "skip", summary: "Needs a token (--token)." };
    } else if (unreachable) {
      outcome = { status: "skip", summary: `Not run: ${unreachable}` };
    } else if (Date.now() > deadline) {
      outcome = { status: "skip", summary: `Not run: the probe's ${PROBE_DEADLINE_MS / 1000} s limit was reached.` };
    } else {
      outcome = await runOne(check.id, ctx);
      if ((check.id === "dns" || check.id === "connect") && outcome.status === "fail") unreachable = outcome.summary;
    }
    const needsStep = outcome.status === "fail" || outcome.status === "warn";
    yield {
      id: check.id,
      title: check.title,
      group: check.group,
      status: outcome.status,
      summary: outcome.summary.slice(0, 1000),
      ...(needsStep && { step: check.step }),
      durationMs: Math.round(performance.now() - started),
      evidence: (outcome.evidence ?? []).slice(0, 10),
    };
  }
}

async function runOne(id: keyof typeof CHECK_RUNNERS, ctx: ProbeContext): Promise<Outcome> {
  try {
    return await CHECK_RUNNERS[id](ctx);
  } catch (error) {
    if (error instanceof ProbeNetworkError)
      return { status: error.code === "REFUSED" ? "skip" : "fail", summary: error.message };
    const reason = error instanceof Error ? redactText(error.message.split("\n")[0]!, ctx.secrets).slice(0, 200) : "";
    return { status: "fail", summary: `The check itself failed unexpectedly (${reason}); the other checks still ran.` };
  }
}

/** The whole report, for the CLI's --json and tests. */
export async function probeReport(target: string, options: ProbeOptions): Promise<ProbeReport> {
  const startedAt = new Date();
  const results: CheckResult[] = [];
  for await (const result of runProbe(target, options)) results.push(result);
  return {
    format: "mcp-probe-report/1",
    target,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    results,
  };
}
