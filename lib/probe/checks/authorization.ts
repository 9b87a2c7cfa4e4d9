import { isLoopbackAddress } from "@/lib/security/loopback";

import { discovery } from "../discovery";
import { anonymous } from "../exchanges";
import { fail, pass, skip, warn, type CheckRunner } from "./types";

export const checkAuthChallenge: CheckRunner = async (ctx) => {
  const { request, response } = await anonymous(ctx);
  const evidence = [ctx.evidence("The MCP request without a token", request, response)];
  const header = response.headers["www-authenticate"];
  if (response.status === 401) {
    const { challenge } = await discovery(ctx);
    if (!header) return fail("401 without WWW-Authenticate: clients have no way to discover how to sign in.", evidence);
    if (!challenge) return fail(`The challenge is not a Bearer challenge: "${header}".`, evidence);
    if (!challenge.resource_metadata)
      return warn(
        "401 with a Bearer challenge but no resource_metadata: clients must guess the well-known URL.",
        evidence,
      );
    return pass(`401 with resource_metadata="${challenge.resource_metadata}".`, evidence);
  }
  if (response.status === 403)
    return fail("403 without a token: clients expect a 401 challenge to start sign-in.", evidence);
  if (isLoopbackAddress(ctx.url.hostname))
    return pass(
      `No authorization required (HTTP ${response.status}): fine for a server only this machine reaches.`,
      evidence,
    );
  return warn(
    `No authorization required (HTTP ${response.status}): anyone who reaches this URL can call its tools.`,
    evidence,
  );
};

/** RFC 9728 §3.3: the resource must be the URL the client was given, character for character. */
export const checkResourceMetadata: CheckRunner = async (ctx) => {
  const { challenge, resourceMetadata, evidence } = await discovery(ctx);
  if (!resourceMetadata) {
    if (!challenge)
      return skip("The server does not use OAuth authorization (no challenge, no metadata).", evidence.prm);
    return fail("No protected resource metadata at resource_metadata or the well-known URLs.", evidence.prm);
  }
  const { resource, authorization_servers: servers } = resourceMetadata.json;
  const expected = ctx.url.href.replace(/#.*$/, "");
  if (typeof resource !== "string")
    return fail(`The metadata at ${resourceMetadata.url} has no resource.`, evidence.prm);
  if (resource !== expected && !(URL.canParse(resource) && new URL(resource).href === expected)) {
    const hint =
      resource.replace(/\/$/, "") === expected.replace(/\/$/, "")
        ? " They differ only by a trailing slash, which is enough for clients to discard the metadata."
        : "";
    return fail(`resource is "${resource}" but the server's URL is "${expected}".${hint}`, evidence.prm);
  }
  if (!Array.isArray(servers) || servers.length === 0)
    return fail("The metadata lists no authorization_servers.", evidence.prm);
  if (challenge?.resource_metadata && challenge.resource_metadata !== resourceMetadata.url)
    return warn(`resource_metadata does not serve the document; found it at ${resourceMetadata.url}.`, evidence.prm);
  return pass(`resource matches; authorization server ${servers.join(", ")}.`, evidence.prm);
};
