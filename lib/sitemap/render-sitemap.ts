import { xmlText } from "@/lib/feed/render-atom";

import type { SitemapUrl } from "./list-sitemap-urls";

/** A sitemaps.org urlset; every value escaped (slugs and ids are checked on the way in, but this is the XML). */
export function renderSitemap(urls: SitemapUrl[]): string {
  const entries = urls.map(({ loc, lastModified }) => {
    const lastmod = lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : "";
    return `  <url><loc>${xmlText(loc)}</loc>${lastmod}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    "</urlset>",
    "",
  ].join("\n");
}

/** robots.txt: everything but the API, and where the sitemap is (an absolute URL, as the format requires). */
export function renderRobots(origin: string): string {
  return ["User-agent: *", "Allow: /", "Disallow: /api/", "", `Sitemap: ${origin}/sitemap.xml`, ""].join("\n");
}
