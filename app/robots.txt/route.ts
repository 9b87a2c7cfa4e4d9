import { renderRobots } from "@/lib/sitemap/render-sitemap";
import { publicOrigin } from "@/lib/security/public-origin";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return new Response(renderRobots(publicOrigin(request.headers)), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
