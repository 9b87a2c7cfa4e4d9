import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import { GET as openapiRoute } from "@/app/api/openapi.json/route";
import { GET as searchRoute } from "@/app/api/search/route";
import { createContributionSchema } from "@/lib/contributions/schemas";
import { sourceFiles } from "@/lib/testing/source-files";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { useAsAppDatabase } from "@/lib/db/testing/use-as-app-database";
import { runSeed } from "@/lib/seed/run-seed";

import { buildOpenApiDocument } from "./build-openapi-document";

const API = path.join(process.cwd(), "app/api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
/** next-auth's own endpoints (sign-in, callbacks, CSRF) are not part of the portal's API. */
// next-auth's own routes, the probe's stream (NDJSON lines of a report, for the /probe page, not a JSON API)
// and /api/me (the header's menu on cached pages: who the browser's session is, for that browser only).
const NOT_DOCUMENTED = new Set(["/api/auth/{...nextauth}", "/api/probe", "/api/me"]);

const toPath = (file: string) =>
  `/api/${path.relative(API, path.dirname(file)).split(path.sep).join("/")}`.replace(/\[([^\]]+)\]/g, "{$1}");

const doc = buildOpenApiDocument("http://127.0.0.1:3000");
type Operation = {
  requestBody?: { content: { "application/json": { schema: object } } };
  responses: Record<string, { content?: { "application/json": { schema: object } } }>;
};
const operation = (p: string, method: string) =>
  (doc.paths as unknown as Record<string, Record<string, Operation>>)[p]![method]!;
const schemaOf = (json: object) => z.fromJSONSchema(json as Parameters<typeof z.fromJSONSchema>[0]);

describe("the OpenAPI document", () => {
  it("documents exactly the route files under app/api, with exactly their HTTP methods", async () => {
    const files = (await sourceFiles(API, /^route\.ts$/)).filter((file) => !NOT_DOCUMENTED.has(toPath(file)));
    expect(Object.keys(doc.paths).sort()).toEqual(files.map(toPath).sort());
    for (const file of files) {
      const exported = Object.keys(await import(file)).filter((key) => (METHODS as readonly string[]).includes(key));
      const documented = Object.keys((doc.paths as Record<string, object>)[toPath(file)]!).map((m) => m.toUpperCase());
      expect({ path: toPath(file), methods: documented.sort() }).toEqual({
        path: toPath(file),
        methods: exported.sort(),
      });
    }
  });

  it("is OpenAPI 3.1 served at /api/openapi.json for the request's origin", async () => {
    const response = openapiRoute(
      new Request("http://127.0.0.1:3000/api/openapi.json", { headers: { host: "127.0.0.1:3000" } }),
    );
    const served = await response.json();
    expect(served.openapi).toBe("3.1.0");
    expect(served.servers).toEqual([{ url: "http://127.0.0.1:3000" }]);
    expect(
      served.paths["/api/search"].get.responses["200"].content["application/json"].schema.properties,
    ).toHaveProperty("diagnosis");
  });

  it("describes a contribution body the route accepts, and refuses what the route refuses", () => {
    const documented = schemaOf(
      operation("/api/contributions", "post").requestBody!.content["application/json"].schema,
    );
    const example = {
      kind: "COMMON_SOLUTION",
      title: "Restart the agent after a key rotation",
      categorySlug: "token-expiration-issues",
      body: "Restart the agent after the gateway rotates its signing keys; the cached key set is stale.",
      runbookNodes: [],
      problem: "Tokens are rejected right after a key rotation.",
      intent: "submit",
    };
    expect(documented.safeParse(example).success).toBe(true);
    expect(createContributionSchema.safeParse(example).success).toBe(true);
    const wrongKind = { ...example, kind: "POEM" };
    expect(documented.safeParse(wrongKind).success).toBe(false);
    expect(createContributionSchema.safeParse(wrongKind).success).toBe(false);
  });
});

describe("a real /api/search answer", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase("pglite");
    await runSeed(test.db);
    useAsAppDatabase(test);
  });
  afterAll(() => test?.close());

  it("round-trips through the documented schema, diagnosis included", async () => {
    const q = "x509: certificate signed by unknown authority";
    const response = await searchRoute(
      new Request(`http://127.0.0.1:3000/api/search?q=${encodeURIComponent(q)}&limit=3`),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.diagnosis.category.slug).toBe("network-security-issues");
    const documented = schemaOf(operation("/api/search", "get").responses["200"]!.content!["application/json"].schema);
    expect(documented.parse(body)).toEqual(body);

    const bad = await searchRoute(new Request("http://127.0.0.1:3000/api/search?limit=500"));
    expect(bad.status).toBe(400);
    const error = schemaOf(doc.components.schemas.Error as object);
    expect(error.safeParse(await bad.json()).success).toBe(true);
  });
});
