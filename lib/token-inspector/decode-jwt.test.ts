import { describe, expect, it } from "vitest";

import { decodeJwt, describeRelative } from "./decode-jwt";

const now = new Date("2026-11-25T12:00:00Z");
const nowSeconds = now.getTime() / 1000;

function jwt(payload: Record<string, unknown>, header: Record<string, unknown> = { alg: "RS256", typ: "JWT" }) {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${encode(header)}.${encode(payload)}.c2lnbmF0dXJl`;
}

const valid = {
  iss: "https://auth.example.com",
  aud: "https://mcp.example.com/mcp",
  scope: "mcp:tools",
  iat: nowSeconds - 60,
  nbf: nowSeconds - 60,
  exp: nowSeconds + 3540,
};

describe("decodeJwt", () => {
  it("decodes header and claims and reports times against the clock", () => {
    const result = decodeJwt(`Bearer ${jwt(valid)}`, now);
    if (!result.ok) throw new Error(result.error);
    expect(result.header.alg).toBe("RS256");
    expect(result.payload.aud).toBe("https://mcp.example.com/mcp");
    expect(result.warnings).toEqual([]);
    expect(result.times.find((t) => t.name === "exp")).toMatchObject({ relativeSeconds: 3540 });
    expect(describeRelative(3540)).toBe("in 59 min");
  });

  it("warns when the token has expired", () => {
    const result = decodeJwt(jwt({ ...valid, exp: nowSeconds - 7200 }), now);
    expect(result.ok && result.warnings.map((w) => w.message)).toContain("Expired 2 h ago.");
  });

  it("warns when the token is not valid yet (clock skew)", () => {
    const result = decodeJwt(jwt({ ...valid, nbf: nowSeconds + 600 }), now);
    expect(result.ok && result.warnings[0]?.message).toMatch(/^Not valid yet: nbf is 10 min in the future/);
  });

  it("warns when the audience is missing", () => {
    const result = decodeJwt(jwt({ ...valid, aud: undefined }), now);
    expect(result.ok && result.warnings.map((w) => w.message).join()).toMatch(/Audience missing/);
  });

  it("flags alg none as unsigned", () => {
    const result = decodeJwt(jwt(valid, { alg: "none" }), now);
    expect(result.ok && result.warnings[0]).toMatchObject({
      level: "error",
      message: expect.stringMatching(/unsigned/),
    });
  });

  it.each([
    ["", "Paste a token to inspect it."],
    ["not-a-token", "A JWT has three parts separated by dots; this has 1."],
    ["a.b.c.d.e", "This is an encrypted token (JWE, five parts): only its issuer can read the claims."],
    ["eyJhbGciOiJI UzI1NiJ9.e30.x", "The header is not base64url (it contains characters such as + / = or spaces)."],
    [`${Buffer.from("[1]").toString("base64url")}.e30.x`, "The header is not a JSON object."],
    ["e30.bm90IGpzb24.x", "The payload could not be decoded: it is not base64url-encoded JSON."],
  ])("explains malformed input %j", (input, message) => {
    const result = decodeJwt(input, now);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });
});
