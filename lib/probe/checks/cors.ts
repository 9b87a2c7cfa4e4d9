import { anonymous, eras } from "../exchanges";
import { fail, pass, skip, warn, type CheckRunner } from "./types";

const MCP_HEADERS = ["authorization", "content-type", "mcp-protocol-version", "mcp-method", "mcp-name"];
const DEFAULT_ORIGIN = "https://browser-client.example";

export const checkCorsPreflight: CheckRunner = async (ctx) => {
  const origin = ctx.options.origin ?? DEFAULT_ORIGIN;
  const request = {
    url: ctx.url.href,
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": MCP_HEADERS.join(", "),
    },
  };
  const response = await ctx.send(request);
  const evidence = [ctx.evidence("CORS preflight", request, response)];
  const allowOrigin = response.headers["access-control-allow-origin"];
  if (!allowOrigin) {
    if (!ctx.options.origin)
      return pass(
        "No CORS for other origins: browser-based clients are refused (pass --origin to test yours).",
        evidence,
      );
    return fail(
      `The preflight from ${origin} is not allowed (HTTP ${response.status}, no Access-Control-Allow-Origin).`,
      evidence,
    );
  }
  if (response.status >= 300)
    return fail(`The preflight gets HTTP ${response.status}: answer OPTIONS with 2xx before authentication.`, evidence);
  const allowed = (response.headers["access-control-allow-headers"] ?? "").toLowerCase().split(/\s*,\s*/);
  const missing = MCP_HEADERS.filter((h) => !allowed.includes(h) && !(allowed.includes("*") && h !== "authorization"));
  if (missing.length > 0)
    return fail(`Access-Control-Allow-Headers lacks ${missing.join(", ")}: browsers block the MCP request.`, evidence);
  return pass(`The preflight allows ${allowOrigin} and every MCP header.`, evidence);
};

export const checkCorsExposeHeaders: CheckRunner = async (ctx) => {
  const origin = ctx.options.origin ?? DEFAULT_ORIGIN;
  const base = (await eras(ctx)).working?.request ?? (await anonymous(ctx)).request;
  const request = { ...base, headers: { ...base.headers, origin } };
  const response = await ctx.send(request);
  const evidence = [ctx.evidence("The MCP request with an Origin", request, response)];
  if (!response.headers["access-control-allow-origin"]) return skip("No CORS: nothing to expose.", evidence);
  const exposed = (response.headers["access-control-expose-headers"] ?? "").toLowerCase();
  const needed = [
    ...(response.status === 401 || (await anonymous(ctx)).response.status === 401 ? ["www-authenticate"] : []),
    ...(response.headers["mcp-session-id"] ? ["mcp-session-id"] : []),
  ].filter((h) => !exposed.includes(h) && exposed.trim() !== "*");
  if (needed.length > 0)
    return warn(`Access-Control-Expose-Headers lacks ${needed.join(", ")}: browser clients cannot read it.`, evidence);
  return pass(`Exposes ${exposed || "nothing it needs to"}.`, evidence);
};
