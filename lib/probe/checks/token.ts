import { decodeJwt } from "@/lib/token-inspector/decode-jwt";

import type { ProbeContext } from "../context";
import { discovery } from "../discovery";
import { discover, eras } from "../exchanges";
import { parseBearerChallenge } from "../www-authenticate";
import { fail, pass, skip, warn, type CheckRunner, type Outcome } from "./types";

const LEEWAY_SECONDS = 60;

export const checkTokenAccepted: CheckRunner = async (ctx) => {
  const { working } = await eras(ctx);
  const { request, response } = working ?? (await discover(ctx));
  const evidence = [ctx.evidence("The MCP request with the token", request, response)];
  const challenge = parseBearerChallenge(response.headers["www-authenticate"]);
  if (response.status === 401)
    return fail(
      `The token is refused: ${challenge?.error_description ?? challenge?.error ?? "401 without a reason"}.`,
      evidence,
    );
  if (response.status === 403) {
    if (challenge?.error === "insufficient_scope" && challenge.scope)
      return warn(`The token lacks scopes; the server asks for "${challenge.scope}".`, evidence);
    return fail("403 without an insufficient_scope challenge naming the scope: clients cannot step up.", evidence);
  }
  return pass(`Accepted (HTTP ${response.status}).`, evidence);
};

function claims(ctx: ProbeContext) {
  const decoded = decodeJwt(ctx.options.token ?? "");
  return decoded.ok ? decoded.payload : null;
}

const OPAQUE = "The token is not a JWT (opaque): only the issuer's introspection endpoint can tell.";

export const checkTokenAudience: CheckRunner = async (ctx) => {
  const payload = claims(ctx);
  if (!payload) return skip(OPAQUE);
  const { resourceMetadata } = await discovery(ctx);
  const resource = (resourceMetadata?.json.resource as string | undefined) ?? ctx.url.href;
  const aud = Array.isArray(payload.aud) ? payload.aud.map(String) : payload.aud ? [String(payload.aud)] : [];
  if (aud.length === 0) return fail(`The token has no aud: it is not bound to ${resource}.`);
  if (!aud.includes(resource))
    return fail(`aud is ${aud.join(", ")}, not ${resource}: the token was minted for another resource.`);
  return pass(`aud includes ${resource}.`);
};

export const checkTokenIssuer: CheckRunner = async (ctx) => {
  const payload = claims(ctx);
  if (!payload) return skip(OPAQUE);
  const { authorizationServer } = await discovery(ctx);
  const issuer = authorizationServer?.json.issuer;
  if (typeof issuer !== "string") return skip("No authorization server metadata to compare iss with.");
  if (payload.iss !== issuer) return fail(`iss is "${String(payload.iss)}" but the metadata says "${issuer}".`);
  return pass(`iss is ${issuer}.`);
};

export const checkTokenLifetime: CheckRunner = async (ctx) => {
  const payload = claims(ctx);
  if (!payload) return skip(OPAQUE);
  const dated = ctx.responses.find((r) => r.headers.date);
  const serverNow = dated ? Date.parse(dated.headers.date!) / 1000 : Date.now() / 1000;
  const clock = dated ? "the server's Date header" : "this machine's clock";
  const problems: Outcome[] = [];
  const { exp, nbf, iat } = payload as Record<string, unknown>;
  if (typeof exp === "number" && exp < serverNow - LEEWAY_SECONDS)
    problems.push(fail(`The token expired ${Math.round(serverNow - exp)} s ago by ${clock}.`));
  if (typeof nbf === "number" && nbf > serverNow + LEEWAY_SECONDS)
    problems.push(fail(`nbf is ${Math.round(nbf - serverNow)} s ahead of ${clock}: the clocks disagree.`));
  if (typeof iat === "number" && iat > serverNow + LEEWAY_SECONDS)
    problems.push(fail(`iat is ${Math.round(iat - serverNow)} s in the future by ${clock}: the clocks disagree.`));
  if (problems.length > 0) return fail(problems.map((p) => p.summary).join(" "));
  const skew = dated ? Math.round(Date.now() / 1000 - serverNow) : 0;
  if (Math.abs(skew) > LEEWAY_SECONDS) return warn(`The server's clock is ${skew} s off this machine's.`);
  return pass(
    typeof exp === "number" ? `Valid for ${Math.round(exp - serverNow)} more seconds by ${clock}.` : "No exp.",
  );
};
