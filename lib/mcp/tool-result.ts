import type { CallToolResult } from "@modelcontextprotocol/server";

import { AppError } from "@/lib/errors";

import { MCP_LIMITS } from "./limits";

/**
 * Runs a tool and shapes its answer: the structured result plus the same JSON as text (for clients
 * that read only text), bounded in size. Errors are tool errors with the AppError's actionable
 * message, so the model can correct its call; anything else is a generic message, never a stack.
 */
export async function toolResult<T extends Record<string, unknown>>(run: () => Promise<T>): Promise<CallToolResult> {
  try {
    const output = await run();
    const text = JSON.stringify(output);
    if (text.length > MCP_LIMITS.result) {
      return errorResult(
        `The answer is larger than ${MCP_LIMITS.result} characters; narrow the request (a lower limit, a category, or a shorter error text).`,
      );
    }
    return { content: [{ type: "text", text }], structuredContent: output };
  } catch (error) {
    if (error instanceof AppError) return errorResult(error.message);
    console.error(error);
    return errorResult("Something failed on the portal's side. Try again in a moment.");
  }
}

function errorResult(message: string): CallToolResult {
  return { isError: true, content: [{ type: "text", text: message }] };
}
