import { AppError } from "@/lib/errors";

/** A JSON object body, or a 400 that says what was wrong with it. */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
    throw new AppError("BAD_REQUEST", "Send the contribution as JSON with Content-Type: application/json.");
  }
  const body: unknown = await request.json().catch(() => undefined);
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new AppError("BAD_REQUEST", "The body must be one JSON object with the contribution's fields.");
  }
  return body as Record<string, unknown>;
}
