import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as robots } from "@/app/robots.txt/route";
import { GET as sitemap } from "@/app/sitemap.xml/route";
import { createContribution, reviewContribution } from "@/lib/contributions/mutations";
import { as, createTestPeople } from "@/lib/contributions/test-people";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { useAsAppDatabase } from "@/lib/db/testing/use-as-app-database";
import { executeMutation } from "@/lib/mutations/define-mutation";
import { runSeed } from "@/lib/seed/run-seed";

let test: TestDatabase;
let approvedId: string;
let pendingId: string;

beforeAll(async () => {
  test = await createTestDatabase("pglite");
  await runSeed(test.db);
  useAsAppDatabase(test);
  const { author, moderator } = await createTestPeople(test.db);
  const submit = (title: string) =>
    executeMutation(
      test.db,
      createContribution,
      {
        kind: "COMMON_SOLUTION",
        title,
        categorySlug: "token-expiration-issues",
        body: "Restart the agent after the gateway rotates its signing keys; the cached key set is stale.",
        runbookNodes: [],
        problem: "Tokens are rejected right after a key rotation.",
        intent: "submit",
      },
      as(author),
    );
  approvedId = (await submit("Restart after a key rotation")).id;
  await executeMutation(
    test.db,
    reviewContribution,
    { id: approvedId, baseVersion: 1, decision: "approve" },
    as(moderator),
  );
  pendingId = (await submit("Still waiting for review, not in the sitemap")).id;
});
afterAll(() => test?.close());

const request = (path: string) =>
  new Request(`http://127.0.0.1:3000${path}`, {
    headers: { host: "portal.example.org", "x-forwarded-proto": "https" },
  });

describe("the sitemap", () => {
  it("lists every public page a web search should find, as absolute URLs of the portal's public origin", async () => {
    const response = await sitemap(request("/sitemap.xml"));
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const { urlset } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml);
    expect(urlset["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    const locs = (urlset.url as { loc: string }[]).map((url) => url.loc);
    for (const loc of locs) expect(loc).toMatch(/^https:\/\/portal\.example\.org\//);
    const paths = locs.map((loc) => new URL(loc).pathname);
    const [categories, runbooks, issues] = await Promise.all([
      test.db.category.findMany({ select: { slug: true } }),
      test.db.runbook.findMany({ select: { slug: true } }),
      test.db.knownIssue.findMany({ select: { slug: true } }),
    ]);
    expect(categories).toHaveLength(12);
    for (const { slug } of categories) expect(paths).toContain(`/categories/${slug}`);
    for (const { slug } of runbooks) expect(paths).toContain(`/runbooks/${slug}`);
    expect(issues.length).toBeGreaterThan(100);
    for (const { slug } of issues) expect(paths).toContain(`/known-issues/${slug}`);
    expect(paths).toContain(`/contributions/${approvedId}`);
    expect(paths).not.toContain(`/contributions/${pendingId}`);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe("robots.txt", () => {
  it("keeps crawlers out of the API and points them at the sitemap", async () => {
    const text = await (await robots(request("/robots.txt"))).text();
    expect(text).toContain("Disallow: /api/");
    expect(text).toContain("Sitemap: https://portal.example.org/sitemap.xml");
  });
});
