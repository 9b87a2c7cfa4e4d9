import { buildFlowchart } from "@/lib/runbooks/build-flowchart";
import { findRunbook } from "@/lib/runbooks/find-runbook";
import { answersFromSearchParams } from "@/lib/runbooks/urls";

/** The flowchart as a standalone SVG file, the current path highlighted. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const runbook = await findRunbook(slug);
  if (!runbook) return new Response(`There is no runbook "${slug}".`, { status: 404 });
  const url = new URL(request.url);
  const { svg } = buildFlowchart({
    slug,
    title: runbook.title,
    version: runbook.version,
    definition: runbook.definition,
    nodeId: url.searchParams.get("node"),
    answers: answersFromSearchParams(url.searchParams),
    withLinks: false,
  });
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}-flowchart.svg"`,
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
