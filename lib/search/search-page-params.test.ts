import { describe, expect, it } from "vitest";

import { asksForSearch, searchPageFilters, searchPageQuery } from "./search-page-params";

describe("the search page's parameters", () => {
  it("ask for a search with words or a filter, and not for an empty form", () => {
    expect(asksForSearch({ q: "invalid_grant" })).toBe(true);
    expect(asksForSearch({ category: "token-expiration-issues" })).toBe(true);
    expect(asksForSearch({})).toBe(false);
    expect(asksForSearch({ q: "   " })).toBe(false);
    expect(asksForSearch({ q: ["", "token"] })).toBe(false);
    expect(asksForSearch({ unknown: "x" })).toBe(false);
  });

  it("keep the first value of each filter and of the query", () => {
    expect(searchPageFilters({ type: ["known-issue", "category"], status: "open", q: "x" })).toEqual({
      type: "known-issue",
      status: "open",
    });
    expect(searchPageQuery({ q: ["first", "second"] })).toBe("first");
    expect(searchPageQuery({})).toBe("");
  });
});
