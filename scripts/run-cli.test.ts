import { describe, expect, it } from "vitest";

import { ConfigError } from "@/lib/env";

import { failureMessage } from "./run-cli";

describe("failureMessage", () => {
  it("prints an error's message, a configuration error without the prefix", () => {
    expect(failureMessage(new Error("the seed failed"))).toBe("Error: the seed failed");
    expect(failureMessage(new ConfigError("PORT must be a number"))).toBe("PORT must be a number");
  });

  it("describes a thrown plain object by its message or its fields on one line, never as [object Object]", () => {
    expect(failureMessage({ message: "database closed" })).toBe("Error: database closed");
    expect(failureMessage({ code: 44, name: "ErrnoError" })).toBe("Error: { code: 44, name: 'ErrnoError' }");
    const circular: Record<string, unknown> = { code: 1 };
    circular.self = circular;
    expect(failureMessage(circular)).toBe("Error: <ref *1> { code: 1, self: [Circular *1] }");
    expect(failureMessage("plain text")).toBe("Error: plain text");
  });
});
