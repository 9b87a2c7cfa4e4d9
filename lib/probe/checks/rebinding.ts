import { isLoopbackAddress } from "@/lib/security/loopback";

import { anonymous, eras } from "../exchanges";
import { withToken } from "../mcp-messages";
import { fail, pass, warn, type CheckRunner } from "./types";

const FOREIGN = "rebind.invalid";
const refused = (status: number) => status === 400 || status === 403 || status === 421;

/** A DNS-rebinding page reaches a local server with its own Host and Origin: both must be refused. */
export const checkDnsRebinding: CheckRunner = async (ctx) => {
  const base = (await eras(ctx)).working?.request ?? (await anonymous(ctx)).request;
  const hostRequest = withToken(ctx, { ...base, headers: { ...base.headers, host: FOREIGN } });
  const originRequest = withToken(ctx, { ...base, headers: { ...base.headers, origin: `http://${FOREIGN}` } });
  const byHost = await ctx.send(hostRequest);
  const byOrigin = await ctx.send(originRequest);
  const evidence = [
    ctx.evidence(`Host: ${FOREIGN}`, hostRequest, byHost),
    ctx.evidence(`Origin: http://${FOREIGN}`, originRequest, byOrigin),
  ];
  const local = isLoopbackAddress(ctx.url.hostname);
  if (refused(byHost.status) && refused(byOrigin.status))
    return pass(`Foreign Host (${byHost.status}) and Origin (${byOrigin.status}) are refused.`, evidence);
  if (byOrigin.status === 401 && byHost.status === 401 && !ctx.options.token)
    return warn("Authorization runs first (401), so the Host/Origin check cannot be seen: pass a token.", evidence);
  const accepted = [!refused(byHost.status) && "Host", !refused(byOrigin.status) && "Origin"].filter(Boolean);
  if (!refused(byOrigin.status) || local)
    return fail(
      `A foreign ${accepted.join(" and ")} is served (HTTP ${byHost.status} / ${byOrigin.status}): a web page can drive this server through DNS rebinding.`,
      evidence,
    );
  return warn(
    "A foreign Host is served; fine behind a proxy that checks it, otherwise allow only your host names.",
    evidence,
  );
};
