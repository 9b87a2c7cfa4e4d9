import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";
import { publicOrigin } from "@/lib/security/public-origin";

/** The JSON API's OpenAPI 3.1 document, generated from the routes' zod schemas. */
export function GET(request: Request) {
  return Response.json(buildOpenApiDocument(publicOrigin(request.headers)), {
    headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
