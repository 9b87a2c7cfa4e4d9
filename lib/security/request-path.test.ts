import { describe, expect, it } from "vitest";

import { badRequestPathReason } from "./request-path";

describe("badRequestPathReason", () => {
  it("lets ordinary and correctly encoded paths through", () => {
    for (const path of [
      "/",
      "/runbooks/token-expiration-issues/check-exp",
      "/search",
      "/known-issues/a%20b",
      "/%C3%A9",
    ]) {
      expect(badRequestPathReason(path), path).toBeNull();
    }
  });

  it("refuses malformed percent-encodings and control characters with a message", () => {
    for (const path of ["/api/runbooks/%ZZ", "/runbooks/%C0%AF", "/contributions/%", "/categories/%E0%A4%A"]) {
      expect(badRequestPathReason(path), path).toMatch(/malformed percent-encoding/);
    }
    for (const path of ["/categories/%00", "/runbooks/%1F", "/known-issues/a%7Fb"]) {
      expect(badRequestPathReason(path), path).toMatch(/control character/);
    }
  });
});
