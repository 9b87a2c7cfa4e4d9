import { errorResponse } from "@/lib/errors";
import { BODY_LIMITS, readJsonObject } from "@/lib/http/read-body";
import { mutations } from "@/lib/mutations/registry";
import { runMutationWithBody } from "@/lib/mutations/run-mutation";

/**
 * Submits a contribution as JSON, for scripts and tools: the same schema, checks and transaction as the
 * form (lib/contributions/schemas.ts). Signed-in sessions only, checked before the body is read; the
 * body is capped (413 beyond BODY_LIMITS.contribution). The body's `kind` picks the fields.
 */
export async function POST(request: Request) {
  try {
    const result = await runMutationWithBody(mutations.createContribution, () =>
      readJsonObject(request, BODY_LIMITS.contribution, "the contribution's fields"),
    );
    return Response.json(result, { status: 201, headers: { Location: `/contributions/${result.id}` } });
  } catch (error) {
    return errorResponse(error);
  }
}
