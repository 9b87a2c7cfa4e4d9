import { describe, expect, it } from "vitest";

import { makeSnippet } from "./snippet";

describe("makeSnippet", () => {
  it("marks query words, their other forms, and keeps punctuation outside the marks", () => {
    expect(makeSnippet("The access token expired (exp in the past).", ["tokens", "expires"])).toBe(
      "The access «token» «expired» (exp in the past).",
    );
  });

  it("shows the window with the most matches, with ellipses where text was cut", () => {
    const filler = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
    const snippet = makeSnippet(`${filler} the refresh token was revoked by the server ${filler}`, [
      "refresh",
      "token",
    ]);
    expect(snippet).toMatch(/^… .*«refresh» «token» was revoked.* …$/);
    expect(snippet.split(" ").filter((w) => w !== "…").length).toBeLessThanOrEqual(28);
  });

  it("starts at the beginning when nothing matches, and never marks one-letter words", () => {
    expect(makeSnippet("Rate limits apply per client.", ["zzz", "a"])).toBe("Rate limits apply per client.");
  });
});
