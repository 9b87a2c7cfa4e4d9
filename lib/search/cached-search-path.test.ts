import { describe, expect, it } from "vitest";

import { decodeQuerySegment } from "@/lib/page-cache/query-segment";

import { cachedSearchPath, isCachedSearchPath } from "./cached-search-path";
import { rawSearchParams } from "./search-page-params";

/** The internal path a search URL is served from. */
const internalOf = (url: string) => {
  const parsed = new URL(url, "http://portal.invalid");
  return cachedSearchPath(parsed.pathname, parsed.searchParams);
};

describe("a search's cached form", () => {
  it("carries the query and filters, and reads back as the parameters the page was asked for", () => {
    const internal = internalOf("/search?q=x509%3A+certificate+signed+by+unknown+authority&category=tls&q=second")!;
    expect(isCachedSearchPath(internal)).toBe(true);
    expect(rawSearchParams(decodeQuerySegment(internal.split("/").at(-1)!)!)).toEqual({
      q: ["x509: certificate signed by unknown authority", "second"],
      category: "tls",
    });
  });

  it("is one page per search, whatever cache-busting parameter a client navigation adds", () => {
    expect(internalOf("/search?q=token&_rsc=abc")).toBe(internalOf("/search?q=token&_rsc=def"));
    expect(internalOf("/search?q=token")).not.toBe(internalOf("/search?q=tokens"));
    expect(internalOf("/search")).toBe("/search/q");
  });

  it("leaves other paths and long pastes to the page rendered per request", () => {
    expect(internalOf("/searches?q=token")).toBeNull();
    expect(internalOf("/search/more?q=token")).toBeNull();
    expect(internalOf(`/search?q=${"ECONNRESET ".repeat(150)}`)).not.toBeNull();
    expect(internalOf(`/search?q=${"ECONNRESET ".repeat(250)}`)).toBeNull();
    expect(isCachedSearchPath("/search")).toBe(false);
    expect(isCachedSearchPath("/search/q../../api")).toBe(false);
  });
});
