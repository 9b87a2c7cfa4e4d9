import type { CheckId } from "../catalog";
import { checkAsMetadata, checkJwks, checkPkce, checkRegistration } from "./authorization-server";
import { checkAuthChallenge, checkResourceMetadata } from "./authorization";
import { checkCorsExposeHeaders, checkCorsPreflight } from "./cors";
import { checkDiscover, checkInitialize, checkLegacySse } from "./protocol";
import { checkAcceptHandling, checkProtocolVersionHeader } from "./protocol-headers";
import { checkSseFirstEvent } from "./sse";
import { checkRateLimitHeaders } from "./rate-limit";
import { checkDnsRebinding } from "./rebinding";
import { checkHttpsRedirect } from "./redirect";
import { checkTlsChain, checkTlsExpiry, checkTlsHostname, checkTlsVersion } from "./tls";
import { checkTokenAccepted, checkTokenAudience, checkTokenIssuer, checkTokenLifetime } from "./token";
import { checkConnect, checkDns } from "./transport";
import type { CheckRunner } from "./types";

/** The code behind each catalog entry: a catalog id without a runner, or the reverse, fails typecheck. */
export const CHECK_RUNNERS: Record<CheckId, CheckRunner> = {
  dns: checkDns,
  connect: checkConnect,
  "tls-version": checkTlsVersion,
  "tls-chain": checkTlsChain,
  "tls-expiry": checkTlsExpiry,
  "tls-hostname": checkTlsHostname,
  "https-redirect": checkHttpsRedirect,
  "protocol-discover": checkDiscover,
  "protocol-initialize": checkInitialize,
  "protocol-legacy-sse": checkLegacySse,
  "protocol-version-header": checkProtocolVersionHeader,
  "accept-handling": checkAcceptHandling,
  "sse-first-event": checkSseFirstEvent,
  "auth-challenge": checkAuthChallenge,
  "resource-metadata": checkResourceMetadata,
  "as-metadata": checkAsMetadata,
  "pkce-s256": checkPkce,
  "client-registration": checkRegistration,
  jwks: checkJwks,
  "token-accepted": checkTokenAccepted,
  "token-audience": checkTokenAudience,
  "token-issuer": checkTokenIssuer,
  "token-lifetime": checkTokenLifetime,
  "cors-preflight": checkCorsPreflight,
  "cors-expose-headers": checkCorsExposeHeaders,
  "dns-rebinding": checkDnsRebinding,
  "rate-limit-headers": checkRateLimitHeaders,
};
