import { describe, expect, it } from "vitest";
import { z } from "zod";

import { defineMutation } from "./define-mutation";

describe("defineMutation", () => {
  it("refuses a mutation that opens no transaction yet says it changes published content", () => {
    const base = { rule: "anyone", allow: () => true, schema: z.object({}), run: async () => null };
    expect(() => defineMutation({ ...base, name: "x.silent", writes: false, changesPublishedContent: true })).toThrow(
      /x\.silent: a mutation that writes nothing cannot change published content/,
    );
    expect(defineMutation({ ...base, name: "x.publishes", changesPublishedContent: true }).name).toBe("x.publishes");
  });
});
