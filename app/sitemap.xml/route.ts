import { listSitemapUrls } from "@/lib/sitemap/list-sitemap-urls";
import { renderSitemap } from "@/lib/sitemap/render-sitemap";
import { publicOrigin } from "@/lib/security/public-origin";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return new Response(renderSitemap(await listSitemapUrls(publicOrigin(request.headers))), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
