import { errorResponse } from "@/lib/errors";
import { mutations } from "@/lib/mutations/registry";
import { runMutationOrThrow } from "@/lib/mutations/run-mutation";

import { readJsonBody } from "./read-json-body";

/**
 * Submits a contribution as JSON, for scripts and tools: the same schema, checks and transaction as the
 * form (lib/contributions/schemas.ts). Signed-in sessions only; the body's `kind` picks the fields.
 */
export async function POST(request: Request) {
  try {
    const result = await runMutationOrThrow(mutations.createContribution, await readJsonBody(request));
    return Response.json(result, { status: 201, headers: { Location: `/contributions/${result.id}` } });
  } catch (error) {
    return errorResponse(error);
  }
}
