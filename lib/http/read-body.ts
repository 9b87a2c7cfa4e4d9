import { AppError } from "@/lib/errors";

import { mediaType } from "./media-type";

/** Largest bodies the API reads, in bytes: well above what the schemas' own limits allow, far below harm. */
export const BODY_LIMITS = {
  /** A contribution: the longest kind (a runbook change) is ~60,000 characters of fields, JSON-escaped. */
  contribution: 512 * 1024,
  /** "Did this fix it?": a step id, a version, yes/no and a return path. */
  outcome: 8 * 1024,
  /** A probe: a URL, an optional token and an optional origin. */
  probe: 16 * 1024,
} as const;

function tooLarge(maxBytes: number) {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `The request body is larger than ${Math.round(maxBytes / 1024)} KB, more than this form ever needs. Shorten it and send it again.`,
    { maxBytes },
  );
}

/**
 * The bytes of `body`, or null as soon as it passes `maxBytes`: never buffers more than the cap, whatever
 * the client sends. A missing body is an empty one.
 */
export async function readCappedBytes(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Not awaited: cancelling one branch of a cloned (tee'd) body settles only when the other is done too.
      void reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The body as UTF-8 text, read at most `maxBytes` far: a declared Content-Length above the cap is refused
 * before reading anything, and a body without one (chunked) is cut off as soon as it passes the cap.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const bytes = await readCappedBytes(request.body, maxBytes);
  if (bytes === null) throw tooLarge(maxBytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid UTF-8 text.");
  }
}

/** A JSON object body of at most `maxBytes`, or a 400/413 that says what was wrong with it. */
export async function readJsonObject(
  request: Request,
  maxBytes: number,
  what = "the fields",
): Promise<Record<string, unknown>> {
  if (mediaType(request.headers) !== "application/json") {
    throw new AppError("BAD_REQUEST", `Send ${what} as JSON with Content-Type: application/json.`);
  }
  let body: unknown;
  try {
    body = JSON.parse(await readBodyText(request, maxBytes));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("BAD_REQUEST", `The body is not valid JSON: send one JSON object with ${what}.`);
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new AppError("BAD_REQUEST", `The body must be one JSON object with ${what}.`);
  }
  return body as Record<string, unknown>;
}
