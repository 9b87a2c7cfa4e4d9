import { AppError, errorResponse } from "@/lib/errors";
import { findRunbook } from "@/lib/runbooks/find-runbook";

/** The validated runbook definition as JSON, with its version. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const { slug } = await params;
    const runbook = await findRunbook(slug);
    if (!runbook) throw new AppError("NOT_FOUND", `There is no runbook "${slug}". Runbook slugs are category slugs.`);
    return Response.json({ slug: runbook.slug, version: runbook.version, ...runbook.definition });
  } catch (error) {
    return errorResponse(error);
  }
}
