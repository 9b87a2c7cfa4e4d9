import { describe, expect, it } from "vitest";

import { redactHeaders, redactText } from "./redact";

describe("evidence redaction", () => {
  it("removes bearer tokens, JWTs, secret fields and the probe's own token", () => {
    const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJlc2ln";
    const text = `Authorization: Bearer abcdefghijkl ${jwt} {"access_token":"s3cr3t","client_secret":"x"} opaque-123456`;
    const out = redactText(text, ["opaque-123456"]);
    expect(out).not.toMatch(/abcdefghijkl|eyJ|s3cr3t|"x"|opaque-123456/);
  });

  it("blanks credential headers whole", () => {
    expect(redactHeaders({ authorization: "Basic Zm9vOmJhcg==", "set-cookie": "sid=1" })).toEqual({
      authorization: "[redacted]",
      "set-cookie": "[redacted]",
    });
  });
});
