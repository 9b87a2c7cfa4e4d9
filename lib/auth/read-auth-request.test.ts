import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { errorResponse } from "@/lib/errors";

import { AUTH_BODY_LIMIT, readAuthRequest } from "./read-auth-request";

// next-auth 4 answered 500 to a malformed JSON body on its POST endpoints and read a body of any size
// (scripts/resilience, check 4): both are refused before it sees them.

const post = (body: BodyInit, contentType: string) =>
  new NextRequest("http://127.0.0.1/api/auth/signin/email", {
    method: "POST",
    headers: { "content-type": contentType },
    body,
    duplex: "half",
  } as ConstructorParameters<typeof NextRequest>[1]);

async function refusal(request: NextRequest) {
  const error = await readAuthRequest(request).then(
    () => expect.fail("should be refused"),
    (caught: unknown) => caught,
  );
  return errorResponse(error).status;
}

describe("readAuthRequest", () => {
  it("refuses a body that is not a form (malformed JSON included) with a 400, not next-auth's 500", async () => {
    expect(await refusal(post('{"email":', "application/json"))).toBe(400);
    expect(await refusal(post("", "text/plain"))).toBe(400);
  });

  it("refuses a form body past the limit with a 413, without reading it all", async () => {
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(64 * 1024).fill(97));
      },
    });
    expect(await refusal(post(endless, "application/x-www-form-urlencoded"))).toBe(413);
    expect(await refusal(post("a".repeat(AUTH_BODY_LIMIT + 1), "application/x-www-form-urlencoded"))).toBe(413);
  });

  it("hands next-auth a form unchanged, and GET requests untouched", async () => {
    const form = "csrfToken=abc&email=ada%40example.org&callbackUrl=%2F";
    const checked = await readAuthRequest(post(form, "application/x-www-form-urlencoded"));
    expect(await checked.text()).toBe(form);
    expect(checked.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    const get = new NextRequest("http://127.0.0.1/api/auth/session");
    expect(await readAuthRequest(get)).toBe(get);
  });
});
