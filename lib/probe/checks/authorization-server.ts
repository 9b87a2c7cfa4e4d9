import type { ProbeContext } from "../context";
import { discovery, type Document } from "../discovery";
import type { Evidence } from "../schemas";
import { fail, pass, skip, warn, type CheckRunner, type Outcome } from "./types";

async function withMetadata(ctx: ProbeContext, check: (doc: Document, ev: Evidence[]) => Outcome | Promise<Outcome>) {
  const { authorizationServer, issuer, evidence } = await discovery(ctx);
  if (!issuer) return skip("No authorization server to check.");
  if (!authorizationServer)
    return fail(`No authorization server metadata for ${issuer} at any well-known URL.`, evidence.as);
  return check(authorizationServer, evidence.as);
}

export const checkAsMetadata: CheckRunner = (ctx) =>
  withMetadata(ctx, async (doc, evidence) => {
    const { issuer } = await discovery(ctx);
    const { issuer: advertised, authorization_endpoint: authorize, token_endpoint: token } = doc.json;
    if (advertised !== issuer)
      return fail(
        `issuer is "${String(advertised)}" but the metadata was discovered for "${issuer}": clients refuse it (RFC 8414 §3.3).`,
        evidence,
      );
    const missing = [!authorize && "authorization_endpoint", !token && "token_endpoint"].filter(Boolean);
    if (missing.length > 0) return fail(`The metadata lacks ${missing.join(" and ")}.`, evidence);
    return pass(`Found at ${doc.url}; issuer matches.`, evidence);
  });

export const checkPkce: CheckRunner = (ctx) =>
  withMetadata(ctx, (doc, evidence) => {
    const methods = doc.json.code_challenge_methods_supported;
    if (!Array.isArray(methods))
      return fail("code_challenge_methods_supported is missing: MCP clients must refuse to continue.", evidence);
    if (!methods.includes("S256"))
      return fail(`code_challenge_methods_supported is [${methods.join(", ")}], without S256.`, evidence);
    return pass("S256 is advertised.");
  });

export const checkRegistration: CheckRunner = (ctx) =>
  withMetadata(ctx, (doc, evidence) => {
    const cimd = doc.json.client_id_metadata_document_supported === true;
    const dcr = typeof doc.json.registration_endpoint === "string";
    if (cimd) return pass(`Client ID Metadata Documents supported${dcr ? "; dynamic registration too" : ""}.`);
    if (dcr) return pass("Dynamic client registration (deprecated in 2026-07-28, still widely used).");
    return warn(
      "Neither Client ID Metadata Documents nor dynamic registration: every client needs a pre-registered ID.",
      evidence,
    );
  });

export const checkJwks: CheckRunner = (ctx) =>
  withMetadata(ctx, async (doc) => {
    const uri = doc.json.jwks_uri;
    if (typeof uri !== "string") return skip("No jwks_uri (tokens may be validated by introspection).");
    const request = { url: uri, headers: { accept: "application/json" } };
    const response = await ctx.sendFollowing(request);
    const evidence = [ctx.evidence("jwks_uri", request, response)];
    let keys: unknown;
    try {
      keys = (JSON.parse(response.body) as { keys?: unknown }).keys;
    } catch {}
    if (response.status !== 200 || !Array.isArray(keys) || keys.length === 0)
      return fail(
        `jwks_uri answers HTTP ${response.status} without a key set: servers cannot verify tokens.`,
        evidence,
      );
    return pass(`${keys.length} key(s) at ${uri}.`, evidence);
  });
