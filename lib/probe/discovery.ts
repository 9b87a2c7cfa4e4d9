import type { ProbeContext } from "./context";
import { anonymous } from "./exchanges";
import type { ProbeRequest, ProbeResponse } from "./net/http-request";
import { ProbeNetworkError } from "./net/network-policy";
import type { Evidence } from "./schemas";
import { parseBearerChallenge } from "./www-authenticate";

export interface Document {
  url: string;
  json: Record<string, unknown>;
}

export interface Discovery {
  challenge: Record<string, string> | null;
  resourceMetadata: Document | null;
  authorizationServer: Document | null;
  /** The issuer the metadata was looked up for (authorization_servers[0]). */
  issuer: string | null;
  evidence: { prm: Evidence[]; as: Evidence[] };
}

/** RFC 9728 §3.1: the path-inserted well-known URL first, then the root one. */
export function resourceMetadataUrls(url: URL): string[] {
  const path = url.pathname === "/" ? "" : url.pathname;
  const urls = [`${url.origin}/.well-known/oauth-protected-resource${path}`];
  if (path) urls.push(`${url.origin}/.well-known/oauth-protected-resource`);
  return urls;
}

/** The MCP authorization spec's order: RFC 8414 then OIDC, path-inserted, then OIDC path-appended. */
export function authorizationServerUrls(issuer: URL): string[] {
  const path = issuer.pathname.replace(/\/$/, "");
  if (!path)
    return [
      `${issuer.origin}/.well-known/oauth-authorization-server`,
      `${issuer.origin}/.well-known/openid-configuration`,
    ];
  return [
    `${issuer.origin}/.well-known/oauth-authorization-server${path}`,
    `${issuer.origin}/.well-known/openid-configuration${path}`,
    `${issuer.origin}${path}/.well-known/openid-configuration`,
  ];
}

async function firstJson(ctx: ProbeContext, urls: string[], label: string, out: Evidence[]): Promise<Document | null> {
  for (const url of urls) {
    const request: ProbeRequest = { url, headers: { accept: "application/json" } };
    let response: ProbeResponse;
    try {
      response = await ctx.sendFollowing(request);
    } catch (error) {
      if (!(error instanceof ProbeNetworkError)) throw error;
      out.push(ctx.evidence(label, request, null, error.message));
      continue;
    }
    out.push(ctx.evidence(label, request, response));
    if (response.status !== 200) continue;
    try {
      const json: unknown = JSON.parse(response.body);
      if (json && typeof json === "object" && !Array.isArray(json))
        return { url, json: json as Record<string, unknown> };
    } catch {}
  }
  return null;
}

/** Follows discovery from the unauthenticated answer to the authorization server's metadata, once. */
export function discovery(ctx: ProbeContext): Promise<Discovery> {
  return ctx.once("discovery", async () => {
    const { response } = await anonymous(ctx);
    const challenge = response.status === 401 ? parseBearerChallenge(response.headers["www-authenticate"]) : null;
    const prmEvidence: Evidence[] = [];
    const candidates = [
      ...(challenge?.resource_metadata ? [challenge.resource_metadata] : []),
      ...resourceMetadataUrls(ctx.url),
    ];
    const resourceMetadata = await firstJson(ctx, [...new Set(candidates)], "Protected resource metadata", prmEvidence);
    const servers = resourceMetadata?.json.authorization_servers;
    const issuer = Array.isArray(servers) && typeof servers[0] === "string" ? servers[0] : null;
    const asEvidence: Evidence[] = [];
    let authorizationServer: Document | null = null;
    if (issuer && URL.canParse(issuer))
      authorizationServer = await firstJson(
        ctx,
        authorizationServerUrls(new URL(issuer)),
        "Authorization server metadata",
        asEvidence,
      );
    return { challenge, resourceMetadata, authorizationServer, issuer, evidence: { prm: prmEvidence, as: asEvidence } };
  });
}
