import { isLoopbackAddress } from "@/lib/security/loopback";

import { initializeRequest } from "../mcp-messages";
import { ProbeNetworkError } from "../net/network-policy";
import { fail, pass, skip, warn, type CheckRunner } from "./types";

/** The http:// form of an https:// URL must not serve MCP in clear text; a 308 keeps the POST a POST. */
export const checkHttpsRedirect: CheckRunner = async (ctx) => {
  if (ctx.url.protocol !== "https:") {
    return isLoopbackAddress(ctx.url.hostname)
      ? skip("The URL is plain http:// on loopback.")
      : fail("The configured URL is http://: configure the https:// URL in every client.");
  }
  if (ctx.url.port && ctx.url.port !== "443") return skip(`The server uses port ${ctx.url.port}: no http:// twin.`);
  const plain = new URL(ctx.url.href);
  plain.protocol = "http:";
  const request = { ...initializeRequest(plain.href, "2025-11-25"), timeoutMs: 3000 };
  let response;
  try {
    response = await ctx.send(request);
  } catch (error) {
    if (error instanceof ProbeNetworkError && error.code !== "REFUSED")
      return pass(`Nothing answers on http:// (${error.code}).`);
    throw error;
  }
  const evidence = [ctx.evidence("POST to the http:// URL", request, response)];
  const location = response.headers.location ?? "";
  if (response.status >= 300 && response.status < 400) {
    let target: URL | null = null;
    try {
      target = new URL(location, plain);
    } catch {}
    if (target?.protocol !== "https:")
      return fail(`The redirect goes to ${location || "nowhere"}, not https://.`, evidence);
    if (response.status === 301 || response.status === 302)
      return warn(`${response.status} to https://: clients may turn the POST into a GET; answer 308.`, evidence);
    return pass(`${response.status} to ${target.href}.`, evidence);
  }
  return fail(`http:// answers ${response.status} instead of redirecting: MCP traffic can flow unencrypted.`, evidence);
};
