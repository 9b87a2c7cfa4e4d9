import { mediaType } from "@/lib/http/media-type";
import { readCappedBytes } from "@/lib/http/read-body";

import { isSameOrigin } from "./client-ip";

/** Next.js's default `serverActions.bodySizeLimit` (next.config.ts sets none): the forms never come near it. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

const refuse = (status: number, code: string, message: string) =>
  Response.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store" } });

/**
 * A form post (server action: a `Next-Action` header, or a multipart form posted to a page) that Next.js
 * would answer with a 500: from another
 * origin, past its body limit, or with a body it cannot decode (a broken multipart body, or call
 * arguments that are not a JSON array). Answers the 4xx it deserves instead; null lets the rest through.
 * The proxy already holds a copy of the body (Next.js clones it for the proxy), so reading it costs
 * no extra network read; it is never read past the limit.
 */
export async function refuseBrokenAction(request: Request): Promise<Response | null> {
  // A form posted without JavaScript carries its action in a multipart field ($ACTION_ID_…), not a header.
  const isAction =
    request.headers.has("next-action") ||
    (mediaType(request.headers) === "multipart/form-data" && !new URL(request.url).pathname.startsWith("/mcp"));
  if (request.method !== "POST" || !isAction) return null;
  if (!isSameOrigin(request.headers)) {
    return refuse(403, "FORBIDDEN", "Forms can only be sent from the portal's own pages.");
  }
  const tooLarge = () =>
    refuse(413, "PAYLOAD_TOO_LARGE", "The form is larger than 1 MB: shorten it and send it again.");
  if (Number(request.headers.get("content-length")) > ACTION_BODY_LIMIT) return tooLarge();
  const body = await readCappedBytes(request.clone().body, ACTION_BODY_LIMIT);
  if (body === null) return tooLarge();
  const malformed = () =>
    refuse(400, "BAD_REQUEST", "The form's data could not be read: reload the page and try again.");
  if (mediaType(request.headers) === "multipart/form-data") {
    try {
      await new Response(body, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
      return null;
    } catch {
      return malformed();
    }
  }
  try {
    const args: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
    return Array.isArray(args) ? null : malformed();
  } catch {
    return malformed();
  }
}
