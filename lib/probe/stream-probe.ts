import { AppError } from "@/lib/errors";

import { PROBE_CHECKS } from "./catalog";
import { targetPort } from "./checks/transport";
import { PROBE_LIMITS } from "./limits";
import { ProbeNetworkError, resolveChecked, type NetworkPolicy } from "./net/network-policy";
import { runProbe } from "./run-probe";
import type { ProbeInput } from "./schemas";
import type { ProbeStreamLine } from "./stream-lines";

/**
 * Checks the target against the policy before anything is sent (a refusal is a 400 that says why),
 * then streams the probe. The token lives only in this closure; nothing here logs.
 */
export async function streamProbe(input: ProbeInput, policy: NetworkPolicy): Promise<ReadableStream<Uint8Array>> {
  const url = new URL(input.url);
  try {
    await resolveChecked(url.hostname, targetPort(url), policy);
  } catch (error) {
    if (error instanceof ProbeNetworkError) throw new AppError("BAD_REQUEST", error.message);
    throw error;
  }
  const encoder = new TextEncoder();
  const line = (value: ProbeStreamLine) => encoder.encode(`${JSON.stringify(value)}\n`);
  const startedAt = new Date();
  const results = runProbe(input.url, {
    token: input.token,
    origin: input.origin,
    limits: { ...PROBE_LIMITS, policy },
  });
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(
        line({
          type: "start",
          target: input.url,
          startedAt: startedAt.toISOString(),
          checks: PROBE_CHECKS.map(({ id, title, group }) => ({ id, title, group })),
        }),
      );
    },
    async pull(controller) {
      const next = await results.next();
      if (next.done) {
        controller.enqueue(line({ type: "end", durationMs: Date.now() - startedAt.getTime() }));
        controller.close();
      } else controller.enqueue(line({ type: "result", result: next.value }));
    },
    async cancel() {
      await results.return(undefined);
    },
  });
}
