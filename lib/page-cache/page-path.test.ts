import { describe, expect, it } from "vitest";

import { cachedPagePath, loadForCachedPage, pathFromRequestPathHeader, requestPathHeaderValue } from "./page-path";

describe("the path a page whose database went away sends the browser back to", () => {
  it("is the proxy's header only when this process's proxy set it: a client's own header is ignored", () => {
    expect(pathFromRequestPathHeader(requestPathHeaderValue("/runbooks/a?answers=x"))).toBe("/runbooks/a?answers=x");
    // A router prefetch skips the proxy and keeps whatever header the client sent.
    expect(pathFromRequestPathHeader("/elsewhere")).toBeNull();
    expect(pathFromRequestPathHeader("forged-key /elsewhere")).toBeNull();
    expect(pathFromRequestPathHeader(null)).toBeNull();
  });

  it("is never another site, even from the proxy", () => {
    expect(pathFromRequestPathHeader(requestPathHeaderValue("//evil.example/x"))).toBeNull();
    expect(pathFromRequestPathHeader(requestPathHeaderValue("/\\evil.example"))).toBeNull();
  });

  it("is named by a cached page for all the work of its load, and by nobody outside it", async () => {
    const seen = await loadForCachedPage("/known-issues/x", async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return cachedPagePath();
    });
    expect(seen).toBe("/known-issues/x");
    expect(cachedPagePath()).toBeNull();
  });
});
