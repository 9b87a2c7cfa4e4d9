import { eras } from "../exchanges";
import { listenRequest, withToken } from "../mcp-messages";
import { ProbeNetworkError } from "../net/network-policy";
import { fail, pass, skip, warn, type CheckRunner } from "./types";

const WAIT_MS = 3000;

/** A proxy that buffers text/event-stream holds events back until its buffer fills: clients see nothing. */
export const checkSseFirstEvent: CheckRunner = async (ctx) => {
  const found = await eras(ctx);
  if (!found.modern) return skip("Measured on 2026-07-28 servers only (subscriptions/listen opens the stream).");
  const request = { ...withToken(ctx, listenRequest(ctx.url.href)), timeoutMs: WAIT_MS };
  const response = await ctx.send(request).catch((error: unknown) => {
    if (error instanceof ProbeNetworkError && error.code === "ETIMEDOUT") return null;
    throw error;
  });
  if (!response)
    return fail(`Not even the headers of the event stream arrived within ${WAIT_MS / 1000} s: something buffers it.`, [
      ctx.evidence("subscriptions/listen", request, null),
    ]);
  const evidence = [ctx.evidence("subscriptions/listen", request, response)];
  const type = response.headers["content-type"] ?? "";
  if (response.status !== 200 || !type.includes("text/event-stream"))
    return skip(
      `subscriptions/listen answered HTTP ${response.status} (${type || "no type"}): no stream to time.`,
      evidence,
    );
  if (!/data:/.test(response.body))
    return fail(
      `The stream opened after ${response.firstByteMs} ms but no event arrived within ${WAIT_MS / 1000} s: something buffers text/event-stream.`,
      evidence,
    );
  if (response.headers["content-encoding"])
    return warn(
      `The event stream is compressed (${response.headers["content-encoding"]}): compressors hold events back.`,
      evidence,
    );
  if (response.totalMs > 1000) return warn(`The first event took ${response.totalMs} ms.`, evidence);
  return pass(`The first event arrived after ${response.totalMs} ms.`, evidence);
};
