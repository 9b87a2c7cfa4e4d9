import { AppError, errorResponse } from "@/lib/errors";
import { mediaType } from "@/lib/http/media-type";
import { BODY_LIMITS, readBodyText, readJsonObject } from "@/lib/http/read-body";
import { mutations } from "@/lib/mutations/registry";
import { runMutationWithBody } from "@/lib/mutations/run-mutation";
import { isSameOrigin } from "@/lib/security/client-ip";
import { safeReturnPath } from "@/lib/security/safe-return-path";

type Params = { params: Promise<{ slug: string }> };

/**
 * "Did this fix it?". JSON in, JSON out for the enhanced form; a plain form post (JavaScript off) is
 * answered with a redirect back to the step, carrying the result in the URL.
 */
export async function POST(request: Request, { params }: Params) {
  const { slug } = await params;
  // The declared media type decides, not a substring of the header ("multipart/…; x=application/x-www-…").
  const isForm = mediaType(request.headers) === "application/x-www-form-urlencoded";
  let input: unknown = null;
  try {
    if (!isSameOrigin(request.headers)) throw new AppError("FORBIDDEN", "Outcomes can only be sent from the portal.");
    // Read inside the error handling and capped: a body that does not parse is the sender's mistake, a
    // 400; one larger than the form ever sends is a 413.
    const result = await runMutationWithBody(mutations.recordOutcome, async () => {
      input = isForm
        ? Object.fromEntries(new URLSearchParams(await readBodyText(request, BODY_LIMITS.outcome)))
        : await readJsonObject(request, BODY_LIMITS.outcome, "the answer's fields (or post the form)");
      return { ...asObject(input), slug };
    });
    return isForm ? redirectBack(slug, input, { outcome: "recorded" }) : Response.json(result, { status: 201 });
  } catch (error) {
    if (!isForm || (error instanceof AppError && error.code === "PAYLOAD_TOO_LARGE")) return errorResponse(error);
    const retry =
      error instanceof AppError && error.code === "RATE_LIMITED" ? String(error.details.retryAfterSeconds) : "";
    return redirectBack(slug, input, retry ? { outcome: "rate-limited", retry } : { outcome: "invalid" });
  }
}

/**
 * Back to the step the form was on; only a path inside this runbook is accepted (no open redirect).
 * The Location is relative: the browser resolves it against the origin it used, which CSP form-action
 * requires of a redirect after a form post.
 */
function redirectBack(slug: string, input: unknown, result: Record<string, string>) {
  const runbookPath = `/runbooks/${slug}`;
  const returnTo = input && typeof input === "object" && "returnTo" in input ? input.returnTo : null;
  const path = safeReturnPath(returnTo, { within: runbookPath, fallback: runbookPath });
  const url = new URL(path, "http://portal.invalid");
  for (const [key, value] of Object.entries(result)) url.searchParams.set(key, value);
  return new Response(null, { status: 303, headers: { Location: `${url.pathname}${url.search}` } });
}

function asObject(input: unknown): Record<string, unknown> {
  return input && typeof input === "object" ? (input as Record<string, unknown>) : {};
}
