import { defineMutation } from "@/lib/mutations/define-mutation";

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
  // Counted each in a statement of its own: a refusal by the per-person limit must not undo the per-IP count it
  // follows.
  rateLimits: (context) => [
    { policy: "probeIp", subject: context.ip },
    ...(context.user ? [{ policy: "probeUser" as const, subject: context.user.id }] : []),
  ],
  writes: false,
  async run(_db, input) {
    return input;
  },
});
