import { errorResponse } from "@/lib/errors";
import { limitSearchRequests } from "@/lib/search/limit-search-requests";
import { search } from "@/lib/search/search";

/** GET /api/search?q=&type=&category=&status=&limit= — parameters are validated; errors say what to fix. */
export async function GET(request: Request) {
  try {
    await limitSearchRequests(request.headers);
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const { query, result } = await search(params);
    return Response.json({ query, ...result }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
