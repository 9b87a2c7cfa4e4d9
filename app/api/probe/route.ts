import { errorResponse } from "@/lib/errors";
import { BODY_LIMITS, readJsonObject } from "@/lib/http/read-body";
import { mutations } from "@/lib/mutations/registry";
import { runMutationOrThrow } from "@/lib/mutations/run-mutation";
import { portalNetworkPolicy } from "@/lib/probe/portal-policy";
import { streamProbe } from "@/lib/probe/stream-probe";

/**
 * Probes an MCP server and streams the results as NDJSON, one line per check as it completes. Same-origin
 * and rate-limited (lib/probe/start-probe.ts); a deployed portal probes public addresses only.
 */
export async function POST(request: Request) {
  try {
    // Capped however it is sent: a chunked body without Content-Length is cut off at the limit too.
    const body = await readJsonObject(
      request,
      BODY_LIMITS.probe,
      "the URL, the optional token and the optional origin",
    );
    const input = await runMutationOrThrow(mutations.startProbe, body);
    const stream = await streamProbe(input, portalNetworkPolicy());
    return new Response(stream, {
      headers: {
        "content-type": "application/x-ndjson; charset=utf-8",
        "cache-control": "no-store",
        "x-accel-buffering": "no",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
