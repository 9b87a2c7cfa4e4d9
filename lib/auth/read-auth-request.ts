import { NextRequest } from "next/server";

import { AppError } from "@/lib/errors";
import { mediaType } from "@/lib/http/media-type";
import { readBodyText } from "@/lib/http/read-body";

/** next-auth's forms post a CSRF token, an email address and a callback URL: a few hundred bytes. */
export const AUTH_BODY_LIMIT = 16 * 1024;

/**
 * next-auth's POST endpoints, made safe to hand to next-auth: its own forms and client send
 * `application/x-www-form-urlencoded`; anything else is refused (400), and the body is read at most
 * AUTH_BODY_LIMIT far (413) before next-auth sees it. next-auth 4 parses a JSON-typed body without a
 * guard (malformed JSON was a 500) and buffers a body of any size (a 20 MB upload was read whole).
 * GET requests pass through untouched.
 */
export async function readAuthRequest(request: NextRequest): Promise<NextRequest> {
  if (request.method !== "POST") return request;
  if (mediaType(request.headers) !== "application/x-www-form-urlencoded") {
    throw new AppError("BAD_REQUEST", "Send sign-in requests as a form (application/x-www-form-urlencoded).");
  }
  const body = await readBodyText(request, AUTH_BODY_LIMIT);
  return new NextRequest(request.url, { method: "POST", headers: request.headers, body });
}
