import { lookup } from "node:dns/promises";
import { isIP } from "node:net";

import { isMetadataAddress, refusalReason } from "./address-policy";

/**
 * Where the probe may connect. "cli": anywhere the user's machine reaches. "local" (a portal nobody else
 * can reach): anywhere but cloud metadata. "public-only" (a deployed portal): public addresses only.
 * `allow` is a test seam: exact address:port pairs let a test stand in for a public server.
 */
export interface NetworkPolicy {
  mode: "cli" | "local" | "public-only";
  allow?: ReadonlySet<string>;
}

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

export const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

export class ProbeNetworkError extends Error {
  override name = "ProbeNetworkError";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Refuses an address the policy forbids; the message names the address and why. */
export function assertAllowed(policy: NetworkPolicy, address: string, port: number, hostname: string): void {
  if (policy.mode === "cli" || policy.allow?.has(`${address}:${port}`)) return;
  const named = hostname === address ? address : `${hostname} (${address})`;
  if (isMetadataAddress(address))
    throw new ProbeNetworkError("REFUSED", `Refused to probe ${named}: a cloud metadata address.`);
  if (policy.mode === "local") return;
  const reason = refusalReason(address);
  if (reason)
    throw new ProbeNetworkError(
      "REFUSED",
      `Refused to probe ${named}: ${reason}. This portal only probes public addresses; run \`npm run probe\` from your own network instead.`,
    );
}

/**
 * Resolves a host once and checks every address it answered (a name with one private answer among
 * public ones is refused, so a rebinding resolver cannot choose later). Returns the address to connect to.
 */
export async function resolveChecked(
  hostname: string,
  port: number,
  policy: NetworkPolicy,
  resolver: Resolver = systemResolver,
): Promise<{ address: string; family: number; all: string[] }> {
  const bare = hostname.replace(/^\[(.*)\]$/, "$1");
  let answers: { address: string; family: number }[];
  if (isIP(bare)) answers = [{ address: bare, family: isIP(bare) }];
  else {
    try {
      answers = await resolver(bare);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "DNS";
      throw new ProbeNetworkError(code, `DNS lookup of ${bare} failed (${code}).`);
    }
  }
  if (answers.length === 0) throw new ProbeNetworkError("ENOTFOUND", `DNS lookup of ${bare} returned no address.`);
  for (const answer of answers) assertAllowed(policy, answer.address, port, bare);
  return { ...answers[0]!, all: answers.map((a) => a.address) };
}
