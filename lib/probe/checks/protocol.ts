import { discover, eras, initialize, legacySse } from "../exchanges";
import { LEGACY_REVISIONS, parseReply } from "../mcp-messages";
import { fail, pass, skip, warn, type CheckRunner } from "./types";

const NEEDS_TOKEN = "The server requires authorization first: pass a token to see which revisions it speaks.";
const TOKEN_REFUSED = "The server refused the token (401), so the revisions cannot be seen: see the token checks.";

export const checkDiscover: CheckRunner = async (ctx) => {
  const { request, response } = await discover(ctx);
  const evidence = [ctx.evidence("server/discover", request, response)];
  if (response.status === 401) return skip(ctx.options.token ? TOKEN_REFUSED : NEEDS_TOKEN, evidence);
  const reply = parseReply(response);
  const versions = reply?.result?.supportedVersions;
  if (response.status === 200 && Array.isArray(versions))
    return pass(`Speaks the 2026-07-28 revision (supportedVersions: ${versions.join(", ")}).`, evidence);
  if (reply?.error?.code === -32022) {
    const data = reply.error.data as { supported?: string[] } | undefined;
    return warn(`Stateless revision not offered; supported: ${data?.supported?.join(", ") ?? "not listed"}.`, evidence);
  }
  return warn(
    `No server/discover (HTTP ${response.status}${reply?.error ? `, ${reply.error.code} ${reply.error.message}` : ""}): ` +
      "clients pinned to 2026-07-28 fail; dual-era clients fall back to initialize.",
    evidence,
  );
};

export const checkInitialize: CheckRunner = async (ctx) => {
  const found = await eras(ctx);
  const evidence = [];
  for (const revision of LEGACY_REVISIONS) {
    const { request, response } = await initialize(ctx, revision);
    evidence.push(ctx.evidence(`initialize ${revision}`, request, response));
  }
  if (found.authRequired) return skip(ctx.options.token ? TOKEN_REFUSED : NEEDS_TOKEN, evidence.slice(0, 1));
  if (found.legacy.length > 0)
    return pass(`initialize answered with ${found.legacy.join(", ")}: 2025-era clients connect.`, evidence);
  if (found.modern)
    return warn("Only the 2026-07-28 revision: 2025-era clients (most deployed today) cannot connect.", evidence);
  const sse = await legacySse(ctx);
  if (/event:\s*endpoint/.test(sse.response.body))
    return warn("Only the deprecated HTTP+SSE transport (2024-11-05): current clients cannot connect.", evidence);
  return fail("Neither server/discover nor initialize succeeded: no MCP revision answered at this URL.", evidence);
};

export const checkLegacySse: CheckRunner = async (ctx) => {
  const { request, response } = await legacySse(ctx);
  const evidence = [ctx.evidence("GET with Accept: text/event-stream", request, response)];
  if (response.status === 401) return skip(NEEDS_TOKEN, evidence);
  if (/event:\s*endpoint/.test(response.body)) {
    const { modern, legacy } = await eras(ctx);
    return modern || legacy.length > 0
      ? pass("The deprecated HTTP+SSE transport is still served next to Streamable HTTP.", evidence)
      : warn("Only the deprecated HTTP+SSE transport (2024-11-05) answers.", evidence);
  }
  if (response.status === 405) return pass("Not served (405): fine, HTTP+SSE is deprecated.", evidence);
  return pass(`No legacy endpoint event (HTTP ${response.status}).`, evidence);
};
