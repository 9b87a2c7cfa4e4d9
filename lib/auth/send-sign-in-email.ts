import type { Transporter } from "nodemailer";

import type { Database } from "@/lib/db/create-client";
import { enforceRateLimit } from "@/lib/rate-limit/enforce-rate-limit";

/**
 * The magic-link email, limited per address (in the database, so all instances share the count) before
 * anything is sent: nobody can use the portal to flood an inbox.
 */
export async function sendSignInEmail(
  db: Database,
  transport: Pick<Transporter, "sendMail">,
  { identifier, url, from }: { identifier: string; url: string; from: string },
) {
  await enforceRateLimit(db, "signInEmail", identifier.trim().toLowerCase());
  await transport.sendMail({
    to: identifier,
    from,
    subject: "Sign in to the MCP Security Troubleshooting Portal",
    text: `Sign in with this link (valid for 15 minutes):\n${url}\n\nIf you did not ask for it, ignore this email.`,
  });
}
