import { defineMutation } from "@/lib/mutations/define-mutation";
import { enforceRateLimit } from "@/lib/rate-limit/enforce-rate-limit";

import { probeInputSchema } from "./schemas";

/**
 * Starting a probe from the portal: anyone may, within the per-IP limit (and the per-person one when
 * signed in). The only write is the rate-limit counter; the URL and the token are never stored.
 */
export const startProbe = defineMutation({
  name: "probe.start",
  rule: "anyone, signed in or not, within the per-IP and per-person probe limits",
  allow: () => true,
  schema: probeInputSchema,
  async run(tx, input, context) {
    await enforceRateLimit(tx, "probeIp", context.ip);
    if (context.user) await enforceRateLimit(tx, "probeUser", context.user.id);
    return input;
  },
});
