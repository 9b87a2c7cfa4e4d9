import { probeRequest, type ProbeRequest, type ProbeResponse, type RequestLimits } from "./net/http-request";
import { ProbeNetworkError } from "./net/network-policy";
import { redactHeaders, redactText } from "./redact";
import type { Evidence } from "./schemas";

const MAX_REDIRECTS = 3;

export interface ProbeOptions {
  token?: string;
  origin?: string;
  limits: RequestLimits;
}

/**
 * What the checks share during one probe: the target, the options, every answer received (the passive
 * rate-limit check reads them) and facts found by earlier checks (the challenge, the metadata).
 */
export class ProbeContext {
  readonly url: URL;
  readonly responses: ProbeResponse[] = [];
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(
    target: string,
    readonly options: ProbeOptions,
  ) {
    this.url = new URL(target);
  }

  get secrets(): string[] {
    return this.options.token ? [this.options.token] : [];
  }

  async send(request: ProbeRequest): Promise<ProbeResponse> {
    const response = await probeRequest(request, this.options.limits);
    this.responses.push(response);
    return response;
  }

  /**
   * A GET that follows redirects as clients do for metadata documents: at most MAX_REDIRECTS, and every
   * hop goes through send(), so its address is resolved and checked again.
   */
  async sendFollowing(request: ProbeRequest): Promise<ProbeResponse> {
    let current = request;
    for (let hop = 0; ; hop++) {
      const response = await this.send(current);
      const location = response.headers.location;
      if (response.status < 300 || response.status >= 400 || !location) return response;
      if (hop >= MAX_REDIRECTS)
        throw new ProbeNetworkError("REDIRECTS", `More than ${MAX_REDIRECTS} redirects from ${request.url}.`);
      const next = new URL(location, current.url);
      if (next.protocol !== "https:" && next.protocol !== "http:")
        throw new ProbeNetworkError("REDIRECTS", `A redirect to ${next.protocol} is not followed.`);
      current = { ...current, url: next.href };
    }
  }

  /** Runs a step once per probe; later checks reuse its answer (or its error). */
  once<T>(key: string, run: () => Promise<T>): Promise<T> {
    if (!this.memo.has(key)) this.memo.set(key, run());
    return this.memo.get(key) as Promise<T>;
  }

  /** The evidence for one exchange: request line, status, the headers that matter, a body excerpt. */
  evidence(label: string, request: ProbeRequest, response: ProbeResponse | null, note?: string): Evidence {
    const headerNames = Object.keys(request.headers ?? {}).filter((h) => h.toLowerCase() !== "user-agent");
    const shown = headerNames.map((h) => `${h}: ${request.headers![h]}`).join("\n");
    const requestText = `${request.method ?? "GET"} ${request.url}${shown ? `\n${shown}` : ""}`;
    return {
      label,
      request: redactText(requestText.replace(/(authorization: )\S+ \S+/i, "$1Bearer [redacted]"), this.secrets).slice(
        0,
        2000,
      ),
      ...(response && {
        status: `HTTP ${response.status} ${response.statusText}`.trim().slice(0, 200),
        headers: pickHeaders(redactHeaders(response.headers, this.secrets)),
        body: redactText(response.body.slice(0, 1200), this.secrets) + (response.body.length > 1200 ? "\n…" : ""),
      }),
      ...(note && { note: redactText(note, this.secrets).slice(0, 2000) }),
    };
  }
}

const INTERESTING =
  /^(content-type|location|www-authenticate|access-control-.*|mcp-.*|retry-after|ratelimit.*|x-ratelimit.*|date|vary|x-accel-buffering|content-encoding|allow)$/i;

function pickHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers)
      .filter(([name]) => INTERESTING.test(name))
      .map(([name, value]) => [name, value.slice(0, 2000)]),
  );
}
