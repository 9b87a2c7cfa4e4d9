import { describe, expect, it } from "vitest";

import { formatWait, limitMessage } from "./limit-message";

describe("formatWait", () => {
  it("counts seconds under a minute, singular and plural", () => {
    expect(formatWait(1)).toBe("1 second");
    expect(formatWait(45)).toBe("45 seconds");
  });

  it("rounds up to whole minutes from a minute on, singular and plural", () => {
    expect(formatWait(60)).toBe("1 minute");
    expect(formatWait(61)).toBe("2 minutes");
    expect(formatWait(600)).toBe("10 minutes");
  });
});

describe("limitMessage", () => {
  it("says what the person did and how long to wait", () => {
    expect(limitMessage("runbookOutcome", 540)).toBe(
      "You have sent several answers in a short time. Try again in 9 minutes.",
    );
  });
});
