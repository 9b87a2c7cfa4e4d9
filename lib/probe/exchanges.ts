import type { ProbeContext } from "./context";
import { discoverRequest, initializeRequest, LEGACY_REVISIONS, parseReply, withToken } from "./mcp-messages";
import type { ProbeRequest, ProbeResponse } from "./net/http-request";

// The exchanges several checks read, each sent once per probe.

export interface Exchange {
  request: ProbeRequest;
  response: ProbeResponse;
}

async function exchange(ctx: ProbeContext, request: ProbeRequest): Promise<Exchange> {
  return { request, response: await ctx.send(request) };
}

/** server/discover without a token: what an unauthenticated client sees first. */
export function anonymous(ctx: ProbeContext): Promise<Exchange> {
  return ctx.once("anonymous", () => exchange(ctx, discoverRequest(ctx.url.href)));
}

/** server/discover as the probe's client (with the token when there is one). */
export function discover(ctx: ProbeContext): Promise<Exchange> {
  if (!ctx.options.token) return anonymous(ctx);
  return ctx.once("discover", () => exchange(ctx, withToken(ctx, discoverRequest(ctx.url.href))));
}

export function initialize(ctx: ProbeContext, revision: string): Promise<Exchange> {
  return ctx.once(`initialize:${revision}`, () =>
    exchange(ctx, withToken(ctx, initializeRequest(ctx.url.href, revision))),
  );
}

/** GET with Accept: text/event-stream: the 2024-11-05 HTTP+SSE transport answers with an endpoint event. */
export function legacySse(ctx: ProbeContext): Promise<Exchange> {
  return ctx.once("legacy-sse", () =>
    exchange(
      ctx,
      withToken(ctx, {
        url: ctx.url.href,
        headers: { accept: "text/event-stream" },
        until: (body) => /\n\n|\r\n\r\n/.test(body),
        timeoutMs: 2500,
      }),
    ),
  );
}

export interface Eras {
  modern: boolean;
  /** Revisions that initialize accepted, as the server answered them. */
  legacy: string[];
  authRequired: boolean;
  /** The request to use as "an MCP request" in later checks (the era the server speaks). */
  working: Exchange | null;
}

/** Which protocol eras the server speaks, from discover and initialize. */
export function eras(ctx: ProbeContext): Promise<Eras> {
  return ctx.once("eras", async () => {
    const modernExchange = await discover(ctx);
    const modern = modernExchange.response.status === 200 && Boolean(parseReply(modernExchange.response)?.result);
    const legacy: string[] = [];
    let working: Exchange | null = modern ? modernExchange : null;
    for (const revision of LEGACY_REVISIONS) {
      const ex = await initialize(ctx, revision);
      const answered = parseReply(ex.response)?.result?.protocolVersion;
      if (ex.response.status === 200 && typeof answered === "string") {
        legacy.push(answered);
        working ??= ex;
      }
    }
    const authRequired = modernExchange.response.status === 401;
    return { modern, legacy: [...new Set(legacy)], authRequired, working };
  });
}
