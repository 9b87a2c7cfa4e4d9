import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET } from "@/app/feed.xml/route";
import { createContribution, reviewContribution } from "@/lib/contributions/mutations";
import { as, createTestPeople } from "@/lib/contributions/test-people";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { useAsAppDatabase } from "@/lib/db/testing/use-as-app-database";
import { executeMutation } from "@/lib/mutations/define-mutation";
import { runSeed } from "@/lib/seed/run-seed";

import { renderAtom, xmlText } from "./render-atom";

const HOSTILE = `Tokens & "quotes" </title><script>alert('x')</script>]]><!--`;

let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase("pglite");
  await runSeed(test.db);
  useAsAppDatabase(test);
  const { author, moderator } = await createTestPeople(test.db);
  const submit = (content: Record<string, unknown>) =>
    executeMutation(test.db, createContribution, { ...content, intent: "submit" }, as(author));
  const approved = await submit({
    kind: "COMMON_SOLUTION",
    title: HOSTILE,
    categorySlug: "token-expiration-issues",
    body: "Restart the agent after the gateway rotates its signing keys; the cached key set is stale.",
    runbookNodes: [],
    problem: "Tokens are rejected right after a key rotation.",
  });
  await executeMutation(
    test.db,
    reviewContribution,
    { id: approved.id, baseVersion: 1, decision: "approve" },
    as(moderator),
  );
  await submit({
    kind: "COMMON_SOLUTION",
    title: "Still waiting for review, not in the feed",
    categorySlug: "token-expiration-issues",
    body: "A pending contribution that a moderator has not looked at yet, so nobody may read it.",
    runbookNodes: [],
    problem: "Pending contributions must stay private.",
  });
});
afterAll(() => test?.close());

describe("the Atom feed", () => {
  it("is well-formed Atom with the published contributions and known issues, newest first", async () => {
    const response = await GET(new Request("http://127.0.0.1:3000/feed.xml", { headers: { host: "127.0.0.1:3000" } }));
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml);
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    const entries = feed.entry as { title: { "#text": string }; link: { "@href": string }; published: string }[];
    expect(entries.length).toBeGreaterThan(10);
    const titles = entries.map((e) => String(e.title["#text"]));
    // The hostile title survives as text, exactly, minus the control character XML cannot hold.
    expect(titles).toContain(`Common solution: ${HOSTILE}`);
    expect(titles.some((t) => t.includes("Still waiting for review"))).toBe(false);
    expect(titles.some((t) => t.startsWith("Known issue: "))).toBe(true);
    for (const entry of entries)
      expect(entry.link["@href"]).toMatch(/^http:\/\/127\.0\.0\.1:3000\/(known-issues|contributions)\//);
    const published = entries.map((e) => Date.parse(e.published));
    expect(published).toEqual([...published].sort((a, b) => b - a));
    expect(xml).not.toContain("<script>");
  });

  it("escapes markup and drops characters XML forbids", () => {
    expect(xmlText(`a & b < c > "d" 'e'\u0000`)).toBe("a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;");
    const xml = renderAtom({
      id: "x",
      title: "</title><evil/>",
      subtitle: "",
      selfUrl: 'http://x/"onload="',
      siteUrl: "http://x/",
      updated: new Date(0),
      entries: [],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain("<evil/>");
  });
});
