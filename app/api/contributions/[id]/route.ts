import { errorResponse } from "@/lib/errors";
import { BODY_LIMITS, readJsonObject } from "@/lib/http/read-body";
import { mutations } from "@/lib/mutations/registry";
import { runMutationWithBody } from "@/lib/mutations/run-mutation";

type Params = { params: Promise<{ id: string }> };

/** Saves a new revision; `baseVersion` is the version the edit started from, as in the form. */
export async function PUT(request: Request, { params }: Params) {
  try {
    const { id } = await params;
    const result = await runMutationWithBody(mutations.updateContribution, async () => ({
      ...(await readJsonObject(request, BODY_LIMITS.contribution, "the contribution's fields")),
      id,
    }));
    return Response.json(result);
  } catch (error) {
    return errorResponse(error);
  }
}
