import type { ProbeContext } from "../context";
import { eras } from "../exchanges";
import { discoverRequest, parseReply, withToken } from "../mcp-messages";
import type { ProbeRequest } from "../net/http-request";
import type { Evidence } from "../schemas";
import { fail, pass, skip, warn, type CheckRunner } from "./types";

async function sendVariant(ctx: ProbeContext, label: string, request: ProbeRequest, out: Evidence[]) {
  const response = await ctx.send(withToken(ctx, request));
  out.push(ctx.evidence(label, request, response));
  return response;
}

/** A request of the legacy era that needs the header: tools/list after initialize, with a bogus version. */
function legacyListRequest(url: string, version: string, sessionId: string | undefined): ProbeRequest {
  return {
    url,
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      "mcp-protocol-version": version,
      ...(sessionId && { "mcp-session-id": sessionId }),
    },
    body: JSON.stringify({ jsonrpc: "2.0", id: 2, method: "tools/list", params: {} }),
    until: (text) => text.includes("data:") && /\n\n/.test(text),
  };
}

export const checkProtocolVersionHeader: CheckRunner = async (ctx) => {
  const found = await eras(ctx);
  const evidence: Evidence[] = [];
  if (found.modern) {
    const missing = discoverRequest(ctx.url.href);
    delete missing.headers!["mcp-protocol-version"];
    const noHeader = await sendVariant(ctx, "server/discover without MCP-Protocol-Version", missing, evidence);
    const mismatch = discoverRequest(ctx.url.href, "2025-06-18");
    const mismatched = await sendVariant(ctx, "server/discover with a mismatched header", mismatch, evidence);
    const ok = [noHeader, mismatched].filter((r) => r.status === 400 && parseReply(r)?.error?.code === -32020);
    if (ok.length === 2) return pass("A missing or mismatched MCP-Protocol-Version gets 400 / -32020.", evidence);
    return warn(
      "A missing or mismatched MCP-Protocol-Version is served anyway: the spec requires 400 with -32020, and proxies that route on the header will disagree with the server.",
      evidence,
    );
  }
  if (found.legacy.length > 0 && found.working) {
    const session = found.working.response.headers["mcp-session-id"];
    const response = await sendVariant(
      ctx,
      "tools/list with MCP-Protocol-Version: 1999-01-01",
      legacyListRequest(ctx.url.href, "1999-01-01", session),
      evidence,
    );
    if (response.status === 400) return pass("An unsupported MCP-Protocol-Version gets 400.", evidence);
    return warn(
      `An unsupported MCP-Protocol-Version is accepted (HTTP ${response.status}); it should get 400.`,
      evidence,
    );
  }
  return skip("No revision answered, so the header cannot be tested.");
};

export const checkAcceptHandling: CheckRunner = async (ctx) => {
  const found = await eras(ctx);
  if (!found.working) return skip("No revision answered, so Accept handling cannot be tested.");
  const type = found.working.response.headers["content-type"] ?? "";
  const evidence = [ctx.evidence("The working request", found.working.request, found.working.response)];
  if (!/application\/json|text\/event-stream/.test(type))
    return fail(`A valid request is answered as ${type || "no content type"}, not JSON or SSE.`, evidence);
  const jsonOnly = {
    ...found.working.request,
    headers: { ...found.working.request.headers, accept: "application/json" },
  };
  const response = await ctx.send(withToken(ctx, jsonOnly));
  evidence.push(ctx.evidence("The same request with Accept: application/json only", jsonOnly, response));
  const answered = (response.headers["content-type"] ?? "").split(";")[0];
  if (response.status >= 500)
    return fail(`Accept: application/json crashes the server (HTTP ${response.status}).`, evidence);
  if (response.status === 200 && answered === "text/event-stream")
    return warn(
      "Accept: application/json is answered with text/event-stream: clients that only read JSON fail.",
      evidence,
    );
  if (response.status === 406 || response.status === 400)
    return pass(
      `Answers ${type.split(";")[0]}; Accept without text/event-stream gets ${response.status} (as the spec allows).`,
      evidence,
    );
  return pass(
    `Answers ${type.split(";")[0]}; Accept: application/json gets ${answered || `HTTP ${response.status}`}.`,
    evidence,
  );
};
