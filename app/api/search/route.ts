import { errorResponse } from "@/lib/errors";
import { limitRequest } from "@/lib/rate-limit/limit-request";
import { search } from "@/lib/search/search";

/**
 * GET /api/search?q=&type=&category=&status=&limit= — parameters are validated; errors say what to fix.
 * Limited per IP (the `search` policy, shared with the /search page): 429 with Retry-After past it.
 */
export async function GET(request: Request) {
  try {
    await limitRequest("search", request.headers);
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const { query, result } = await search(params);
    return Response.json({ query, ...result }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
