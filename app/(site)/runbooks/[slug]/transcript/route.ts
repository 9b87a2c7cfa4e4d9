import { findRunbook } from "@/lib/runbooks/find-runbook";
import { renderTranscript } from "@/lib/runbooks/render-transcript";
import { answersFromSearchParams, stepHref } from "@/lib/runbooks/urls";
import { answersOfTrail, resolveWalk } from "@/lib/runbooks/walk";
import { publicOrigin } from "@/lib/security/public-origin";

/** The transcript as a Markdown file: the download works without JavaScript. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const runbook = await findRunbook(slug);
  if (!runbook) return new Response(`There is no runbook "${slug}".`, { status: 404 });
  const url = new URL(request.url);
  const nodeId = url.searchParams.get("node");
  const walk = resolveWalk(runbook.definition, nodeId, answersFromSearchParams(url.searchParams));
  const share = new URL(
    stepHref(slug, walk.current.id, answersOfTrail(walk.trail), runbook.version),
    publicOrigin(request.headers),
  );
  const markdown = renderTranscript({
    title: runbook.title,
    version: runbook.version,
    date: new Date(),
    trail: walk.trail,
    current: walk.current,
    shareUrl: share.toString(),
  });
  return new Response(markdown, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}-transcript.md"`,
      "Cache-Control": "no-store",
    },
  });
}
