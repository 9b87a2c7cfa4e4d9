import { describe, expect, it } from "vitest";

import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps paths on this site", () => {
    expect(safeReturnPath("/contribute")).toBe("/contribute");
    expect(safeReturnPath("/search?q=token")).toBe("/search?q=token");
    expect(safeReturnPath("/runbooks/a/b?x=1#top")).toBe("/runbooks/a/b?x=1#top");
  });

  it("sends anything else home: other origins, protocol-relative and backslash tricks, non-strings", () => {
    for (const value of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "javascript:alert(1)",
      "",
      null,
    ]) {
      expect(safeReturnPath(value)).toBe("/");
    }
  });

  it("judges the path as a browser resolves it: dot segments cannot turn it into another site", () => {
    for (const value of [
      "/..//evil.example/x",
      "/a/../..//evil.example",
      "/%2e%2e//evil.example",
      "/./..//evil.example",
    ]) {
      expect(safeReturnPath(value), value).toBe("/");
    }
    expect(safeReturnPath("/runbooks/x/../../contribute")).toBe("/contribute");
  });

  it("with a prefix, accepts only paths that stay under it once normalised", () => {
    const within = "/runbooks/token-expiration-issues";
    const fallback = within;
    expect(safeReturnPath(`${within}/check-exp?a=b`, { within, fallback })).toBe(`${within}/check-exp?a=b`);
    expect(safeReturnPath(`${within}?node=x`, { within, fallback })).toBe(`${within}?node=x`);
    for (const value of [
      `${within}/../..//evil.com`,
      `${within}/../../contribute`,
      `${within}-other/step`,
      "/runbooks/other",
    ]) {
      expect(safeReturnPath(value, { within, fallback }), value).toBe(within);
    }
  });
});
