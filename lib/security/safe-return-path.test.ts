import { describe, expect, it } from "vitest";

import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps paths on this site", () => {
    expect(safeReturnPath("/contribute")).toBe("/contribute");
    expect(safeReturnPath("/search?q=token")).toBe("/search?q=token");
  });
  it("sends anything else home: other origins, protocol-relative and backslash tricks, non-strings", () => {
    for (const value of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "",
      null,
    ]) {
      expect(safeReturnPath(value)).toBe("/");
    }
  });
});
