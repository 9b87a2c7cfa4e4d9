import { buildFeed } from "@/lib/feed/build-feed";
import { publicOrigin } from "@/lib/security/public-origin";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return new Response(await buildFeed(publicOrigin(request.headers)), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
