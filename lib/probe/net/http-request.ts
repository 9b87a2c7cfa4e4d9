import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { rootCertificates, type PeerCertificate, type TLSSocket } from "node:tls";

import { ProbeNetworkError, resolveChecked, type NetworkPolicy, type Resolver } from "./network-policy";

export interface ProbeRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Stop reading once this returns true (an SSE event arrived); the connection is then closed. */
  until?: (body: string) => boolean;
  timeoutMs?: number;
}

export interface TlsFacts {
  protocol: string | null;
  authorized: boolean;
  authorizationError: string | null;
  chain: PeerCertificate[];
}

export interface ProbeResponse {
  url: string;
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
  truncated: boolean;
  address: string;
  firstByteMs: number;
  totalMs: number;
  tls: TlsFacts | null;
  /** The whole body was read (false when the time limit, the byte cap or `until` ended it). */
  complete: boolean;
}

export interface RequestLimits {
  policy: NetworkPolicy;
  resolver?: Resolver;
  /** Extra trust anchors (PEM), like curl --cacert. */
  ca?: string;
  maxBytes: number;
  timeoutMs: number;
}

/**
 * One HTTP request, no redirects followed: the host is resolved and checked first, then the socket
 * connects to exactly that address (Host and SNI carry the name). Certificates are not enforced here so
 * later checks still see the server; the TLS checks report what `tls` says.
 */
export async function probeRequest(request: ProbeRequest, limits: RequestLimits): Promise<ProbeResponse> {
  const url = new URL(request.url);
  const secure = url.protocol === "https:";
  const port = Number(url.port) || (secure ? 443 : 80);
  const target = await resolveChecked(url.hostname, port, limits.policy, limits.resolver);
  const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const started = performance.now();
  const timeoutMs = Math.min(request.timeoutMs ?? limits.timeoutMs, limits.timeoutMs);
  return new Promise<ProbeResponse>((resolve, reject) => {
    const fail = (code: string, message: string) => reject(new ProbeNetworkError(code, message));
    const req = (secure ? https : http).request({
      host: target.address,
      family: target.family,
      port,
      path: `${url.pathname}${url.search}`,
      method: request.method ?? "GET",
      headers: { host: url.host, "user-agent": "mcp-security-portal-probe/1", ...request.headers },
      agent: false,
      timeout: timeoutMs,
      ...(secure && {
        servername: isIP(hostname) ? undefined : hostname,
        rejectUnauthorized: false,
        ca: limits.ca ? [...rootCertificates, limits.ca] : undefined,
      }),
    });
    let finishEarly: (() => void) | null = null;
    const deadline = setTimeout(() => {
      // A stream that opened but stays quiet is an answer (headers and any events so far), not an error.
      if (finishEarly) return finishEarly();
      req.destroy();
      fail("ETIMEDOUT", `No answer from ${url.host} within ${timeoutMs} ms.`);
    }, timeoutMs);
    req.on("timeout", () => req.destroy(new ProbeNetworkError("ETIMEDOUT", `No answer within ${timeoutMs} ms.`)));
    req.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(deadline);
      if (error instanceof ProbeNetworkError) return reject(error);
      fail(error.code ?? "ENETWORK", `${request.method ?? "GET"} ${url.href} failed: ${error.code ?? error.message}.`);
    });
    req.on("response", (res) => {
      const firstByteMs = performance.now() - started;
      const socket = res.socket as TLSSocket;
      const tls = secure ? tlsFacts(socket) : null;
      let body = "";
      let truncated = false;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(deadline);
        res.destroy();
        resolve({
          url: url.href,
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? "",
          headers: Object.fromEntries(
            Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")]),
          ),
          body,
          truncated,
          address: target.address,
          firstByteMs: Math.round(firstByteMs),
          totalMs: Math.round(performance.now() - started),
          tls,
          complete: res.complete,
        });
      };
      finishEarly = finish;
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
        if (body.length > limits.maxBytes) {
          body = body.slice(0, limits.maxBytes);
          truncated = true;
        }
        if (truncated || request.until?.(body)) finish();
      });
      res.on("end", finish);
      res.on("error", finish);
    });
    req.end(request.body);
  });
}

function tlsFacts(socket: TLSSocket): TlsFacts {
  const chain: PeerCertificate[] = [];
  let cert = socket.getPeerCertificate(true) as PeerCertificate & { issuerCertificate?: PeerCertificate };
  while (cert && Object.keys(cert).length > 0 && chain.length < 10) {
    chain.push(cert);
    const next = (cert as { issuerCertificate?: PeerCertificate }).issuerCertificate;
    if (!next || next === cert || next.fingerprint256 === cert.fingerprint256) break;
    cert = next as typeof cert;
  }
  return {
    protocol: socket.getProtocol(),
    authorized: socket.authorized,
    authorizationError: socket.authorizationError ? String(socket.authorizationError) : null,
    chain,
  };
}
