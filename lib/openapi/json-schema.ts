import { z } from "zod";

/**
 * A zod schema as OpenAPI 3.1 JSON Schema (draft 2020-12). Requests are described as they are accepted
 * (`input`: before defaults and coercion), responses as they are sent (`output`). Refinements and
 * transforms have no JSON Schema form; the route still applies them, so they are left out, not faked.
 */
export function jsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const converted: Record<string, unknown> = z.toJSONSchema(schema, { io, unrepresentable: "any", reused: "inline" });
  delete converted.$schema; // the document's jsonSchemaDialect (2020-12) applies
  return converted;
}
