import { describe, expect, it } from "vitest";

import { decodeQuerySegment } from "@/lib/page-cache/query-segment";

import { cachedSearchQuery, cachedSearchRewrites, isCachedSearchPath, SEARCH_QUERY_HEADER } from "./cached-search-path";
import { rawSearchParams } from "./search-page-params";

const queryOf = (url: string) => {
  const parsed = new URL(url, "http://portal.invalid");
  return cachedSearchQuery(parsed.pathname, parsed.searchParams);
};

describe("a search's cached form", () => {
  it("carries the query and filters, and reads back as the parameters the page was asked for", () => {
    const segment = queryOf("/search?q=x509%3A+certificate+signed+by+unknown+authority&category=tls&q=second")!;
    expect(isCachedSearchPath(`/search/${segment}`)).toBe(true);
    expect(rawSearchParams(decodeQuerySegment(segment)!)).toEqual({
      q: ["x509: certificate signed by unknown authority", "second"],
      category: "tls",
    });
  });

  it("is one page per search, whatever cache-busting parameter a client navigation adds", () => {
    expect(queryOf("/search?q=token&_rsc=abc")).toBe(queryOf("/search?q=token&_rsc=def"));
    expect(queryOf("/search?q=token")).not.toBe(queryOf("/search?q=tokens"));
    expect(queryOf("/search")).toBe("q");
  });

  it("leaves other paths and long pastes to the page rendered per request", () => {
    expect(queryOf("/searches?q=token")).toBeNull();
    expect(queryOf("/search/more?q=token")).toBeNull();
    expect(queryOf(`/search?q=${"ECONNRESET ".repeat(150)}`)).not.toBeNull();
    expect(queryOf(`/search?q=${"ECONNRESET ".repeat(250)}`)).toBeNull();
    expect(isCachedSearchPath("/search")).toBe(false);
    expect(isCachedSearchPath("/search/q../../api")).toBe(false);
  });

  it("is reached by a rewrite that needs the proxy's header and captures exactly its query segment", () => {
    const segment = queryOf("/search?q=invalid_token")!;
    const [rule] = cachedSearchRewrites();
    const [condition] = rule!.has;
    expect(condition!.key).toBe(SEARCH_QUERY_HEADER);
    // Next.js anchors a `has` pattern at both ends.
    const pattern = new RegExp(`^${condition!.value}$`);
    expect(pattern.exec(segment)?.groups?.query).toBe(segment);
    expect(pattern.test("q../../api")).toBe(false);
    expect(rule!.destination.replace(":query", segment)).toBe(`/search/${segment}`);
  });
});
