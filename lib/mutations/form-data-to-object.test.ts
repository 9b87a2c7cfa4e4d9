import { describe, expect, it } from "vitest";

import { formDataToObject } from "./run-mutation";

describe("formDataToObject", () => {
  it("reads a form's fields, repeated names as arrays, without Next.js's own $ACTION fields", () => {
    const form = new FormData();
    form.append("title", "A title");
    form.append("steps", "one");
    form.append("steps", "two");
    form.append("$ACTION_ID_abc", "");
    expect(formDataToObject(form)).toEqual({ title: "A title", steps: ["one", "two"] });
  });

  // A crafted action call (arguments [1, {"a":[]}, null]) put a plain object or nothing in the form's
  // place, and `formData.keys` threw: a 500 (scripts/resilience, check 4). No fields: the schema says what is missing.
  it("gives no fields for anything that is not a form", () => {
    for (const notAForm of [undefined, null, 1, "title=x", { a: [] }, { keys: 1 }]) {
      expect(formDataToObject(notAForm)).toEqual({});
    }
  });
});
