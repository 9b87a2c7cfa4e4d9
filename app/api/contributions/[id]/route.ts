import { errorResponse } from "@/lib/errors";
import { mutations } from "@/lib/mutations/registry";
import { runMutationOrThrow } from "@/lib/mutations/run-mutation";

import { readJsonBody } from "../read-json-body";

type Params = { params: Promise<{ id: string }> };

/** Saves a new revision; `baseVersion` is the version the edit started from, as in the form. */
export async function PUT(request: Request, { params }: Params) {
  try {
    const { id } = await params;
    const result = await runMutationOrThrow(mutations.updateContribution, { ...(await readJsonBody(request)), id });
    return Response.json(result);
  } catch (error) {
    return errorResponse(error);
  }
}
