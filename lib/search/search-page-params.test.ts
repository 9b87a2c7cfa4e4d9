import { describe, expect, it } from "vitest";

import { PAGE_RESULTS } from "./limits";
import { asksForSearch, searchPageFilters, searchPageQuery, withPageLimit } from "./search-page-params";

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

  it("search the page's shorter first page unless the URL asks for a limit", () => {
    expect(withPageLimit({ q: "invalid_grant" })).toEqual({ q: "invalid_grant", limit: String(PAGE_RESULTS) });
    expect(withPageLimit({ q: "invalid_grant", limit: "50" })).toEqual({ q: "invalid_grant", limit: "50" });
    // A bad limit is kept, for the schema to refuse with its message.
    expect(withPageLimit({ q: "x", limit: "500" }).limit).toBe("500");
  });
});
