import { z } from "zod";

import {
  contributionWriteResultSchema,
  createContributionSchema,
  updateContributionSchema,
} from "@/lib/contributions/schemas";
import { healthResponseSchema } from "@/lib/db/health-schema";
import { errorBodySchema } from "@/lib/errors";
import { outcomeInputSchema, outcomeResultSchema } from "@/lib/runbooks/outcome-schema";
import { runbookDefinitionSchema } from "@/lib/runbooks/schemas";
import { searchResponseSchema } from "@/lib/search/response-schema";
import { searchQuerySchema } from "@/lib/search/schemas";

import { jsonSchema } from "./json-schema";

// The JSON API's OpenAPI 3.1 document, generated from the zod schemas the route handlers use. The
// test next to it fails when a route file and a path here disagree.

export const runbookResponseSchema = runbookDefinitionSchema.extend({ slug: z.string(), version: z.number().int() });

const json = (schema: z.ZodType, io: "input" | "output") => ({
  "application/json": { schema: jsonSchema(schema, io) },
});
const ok = (description: string, schema: z.ZodType) => ({ description, content: json(schema, "output") });
const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: ERROR_MEANING[status],
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
    ]),
  );

const ERROR_MEANING: Record<number, string> = {
  400: "The input is invalid; `error.fields` says what to fix.",
  401: "Sign in first.",
  403: "Not allowed for this account (or not from the portal's own pages).",
  404: "Not found.",
  409: "The contribution changed since `baseVersion`: reload and reapply.",
  429: "Too many requests; `Retry-After` and `error.retryAfterSeconds` say when to retry.",
};

const slugParameter = (name: string, description: string) => ({
  name,
  in: "path",
  required: true,
  description,
  schema: { type: "string", pattern: "^[a-z0-9-]{1,80}$" },
});

function queryParameters(schema: z.ZodObject) {
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    in: "query",
    required: !(field as z.ZodType).safeParse(undefined).success,
    schema: jsonSchema(field as z.ZodType, "input"),
  }));
}

const session = [{ sessionCookie: [] }];

export function buildOpenApiDocument(origin: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "MCP Security Troubleshooting Portal API",
      version: "1.0.0",
      description:
        "Search (with a diagnosis of pasted errors), runbooks, contributions and runbook outcomes. Agents may prefer the MCP server at /mcp.",
    },
    servers: [{ url: origin }],
    paths: {
      "/api/search": {
        get: {
          operationId: "search",
          summary: "Search known issues, runbook steps, categories and contributions; diagnose a pasted error",
          parameters: queryParameters(searchQuerySchema),
          responses: { "200": ok("Results, facets and the diagnosis.", searchResponseSchema), ...errors(400, 429) },
        },
      },
      "/api/runbooks/{slug}": {
        get: {
          operationId: "getRunbook",
          summary: "A runbook's validated definition (a decision tree) and its version",
          parameters: [slugParameter("slug", "The runbook's category slug.")],
          responses: { "200": ok("The runbook.", runbookResponseSchema), ...errors(404) },
        },
      },
      "/api/runbooks/{slug}/outcomes": {
        post: {
          operationId: "recordOutcome",
          summary: '"Did this fix it?" for a resolution step (same-origin only; also accepts a form post)',
          parameters: [slugParameter("slug", "The runbook's category slug.")],
          requestBody: { required: true, content: json(outcomeInputSchema, "input") },
          responses: { "201": ok("Recorded.", outcomeResultSchema), ...errors(400, 403, 404, 429) },
        },
      },
      "/api/contributions": {
        post: {
          operationId: "createContribution",
          summary: "Create a contribution (draft or submitted for review); `kind` picks the fields",
          security: session,
          requestBody: { required: true, content: json(createContributionSchema, "input") },
          responses: { "201": ok("Created.", contributionWriteResultSchema), ...errors(400, 401, 403, 429) },
        },
      },
      "/api/contributions/{id}": {
        put: {
          operationId: "updateContribution",
          summary: "Save a new revision of your contribution; `baseVersion` is the version the edit started from",
          security: session,
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          requestBody: { required: true, content: json(updateContributionSchema, "input") },
          responses: { "200": ok("Saved.", contributionWriteResultSchema), ...errors(400, 401, 403, 404, 409, 429) },
        },
      },
      "/api/health": {
        get: {
          operationId: "health",
          summary: "App and database status",
          responses: {
            "200": ok("Both up.", healthResponseSchema),
            "503": ok("The database is unreachable.", healthResponseSchema),
          },
        },
      },
      "/api/openapi.json": {
        get: {
          operationId: "openapi",
          summary: "This document",
          responses: {
            "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } },
          },
        },
      },
    },
    components: {
      schemas: { Error: jsonSchema(errorBodySchema, "output") },
      securitySchemes: {
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "A signed-in browser session (`__Secure-next-auth.session-token` over https).",
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
