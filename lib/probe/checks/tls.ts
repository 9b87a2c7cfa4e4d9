import { isLoopbackAddress } from "@/lib/security/loopback";

import { checkServerIdentity, type PeerCertificate } from "node:tls";

import type { ProbeContext } from "../context";
import { anonymous } from "../exchanges";
import type { TlsFacts } from "../net/http-request";
import { fail, pass, skip, warn, type CheckRunner, type Outcome } from "./types";

const DAY = 86_400_000;

async function withTls(ctx: ProbeContext, check: (tls: TlsFacts, host: string) => Outcome): Promise<Outcome> {
  if (ctx.url.protocol !== "https:") {
    return isLoopbackAddress(ctx.url.hostname)
      ? skip("Plain http:// on loopback: no TLS to check (fine for a local server).")
      : fail("The server is reached over plain http://: tokens and tool results cross the network unencrypted.");
  }
  const { response } = await anonymous(ctx);
  return response.tls ? check(response.tls, ctx.url.hostname.replace(/^\[(.*)\]$/, "$1")) : fail("No TLS session.");
}

const describe = (cert: PeerCertificate) =>
  `${cert.subject?.CN ?? "(no CN)"}, issued by ${cert.issuer?.CN ?? "(no CN)"}, valid ${cert.valid_from} to ${cert.valid_to}`;

const chainNote = (tls: TlsFacts) => ({
  label: "Certificate chain as received",
  note: tls.chain.map((cert, i) => `${i}: ${describe(cert)}`).join("\n"),
});

export const checkTlsVersion: CheckRunner = (ctx) =>
  withTls(ctx, (tls) =>
    tls.protocol === "TLSv1.3" || tls.protocol === "TLSv1.2"
      ? pass(`Negotiated ${tls.protocol}.`)
      : fail(`Negotiated ${tls.protocol ?? "an unknown protocol"}: MCP clients need TLS 1.2 or later.`),
  );

export const checkTlsChain: CheckRunner = (ctx) =>
  withTls(ctx, (tls) => {
    if (tls.authorized) return pass(`The chain verifies (${tls.chain.length} certificates).`, [chainNote(tls)]);
    const error = tls.authorizationError ?? "unknown error";
    const leaf = tls.chain[0];
    const missing =
      /UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT/.test(error) &&
      leaf &&
      leaf.issuer?.CN !== leaf.subject?.CN;
    const why = missing
      ? `the server sends no intermediate certificate for "${leaf?.issuer?.CN}" (clients that do not fetch it fail)`
      : /EXPIRED/.test(error)
        ? "a certificate in the chain has expired"
        : /SELF_SIGNED|SELF-SIGNED/i.test(error)
          ? "the chain ends in a self-signed certificate the trust store does not hold (pass --ca to trust a private CA)"
          : error;
    return fail(`The certificate chain does not verify: ${why}. [${error}]`, [chainNote(tls)]);
  });

export const checkTlsExpiry: CheckRunner = (ctx) =>
  withTls(ctx, (tls) => {
    const leaf = tls.chain[0];
    if (!leaf) return fail("The server sent no certificate.");
    const from = new Date(leaf.valid_from).getTime();
    const to = new Date(leaf.valid_to).getTime();
    const now = Date.now();
    if (to < now) return fail(`The certificate expired on ${leaf.valid_to}.`, [chainNote(tls)]);
    if (from > now) return fail(`The certificate is not valid before ${leaf.valid_from}.`, [chainNote(tls)]);
    const days = Math.floor((to - now) / DAY);
    if (days < 14)
      return warn(`The certificate expires in ${days} day${days === 1 ? "" : "s"} (${leaf.valid_to}).`, [
        chainNote(tls),
      ]);
    return pass(`Valid until ${leaf.valid_to} (${days} days).`);
  });

export const checkTlsHostname: CheckRunner = (ctx) =>
  withTls(ctx, (tls, host) => {
    const leaf = tls.chain[0];
    if (!leaf) return fail("The server sent no certificate.");
    const error = checkServerIdentity(host, leaf);
    return error
      ? fail(`The certificate does not name ${host}: ${error.message}`, [chainNote(tls)])
      : pass(`The certificate names ${host} (${leaf.subjectaltname ?? "no subjectAltName"}).`);
  });
