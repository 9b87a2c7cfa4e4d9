import { describe, expect, it } from "vitest";

import { ACTION_BODY_LIMIT, refuseBrokenAction } from "./check-action-request";

// Form posts that Next.js answered with a 500 (scripts/resilience, check 4): each is refused with a 4xx.

const action = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1:3000/contribute", {
    method: "POST",
    headers: { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "next-action": "a".repeat(42), ...headers },
    body,
  });
const status = async (request: Request) => (await refuseBrokenAction(request))?.status ?? "passed";

describe("refuseBrokenAction", () => {
  it("lets a well-formed action call and a well-formed form through", async () => {
    expect(await status(action('["some **markdown**"]', { "content-type": "text/plain;charset=UTF-8" }))).toBe(
      "passed",
    );
    const form = new FormData();
    form.set("title", "A title");
    expect(await status(action(form))).toBe("passed");
    expect(await status(new Request("http://127.0.0.1:3000/contribute", { method: "POST", body: "{" }))).toBe("passed");
  });

  it("refuses another origin (403), a body past the limit (413) and one that does not decode (400)", async () => {
    expect(await status(action("[]", { origin: "https://evil.example" }))).toBe(403);
    expect(await status(action("x".repeat(ACTION_BODY_LIMIT + 1)))).toBe(413);
    expect(await status(action("[{", { "content-type": "text/plain;charset=UTF-8" }))).toBe(400);
    expect(await status(action('{"a":1}', { "content-type": "text/plain;charset=UTF-8" }))).toBe(400);
    expect(await status(action(Buffer.from([0x5b, 0x22, 0xff, 0x22, 0x5d])))).toBe(400);
    const boundary = "b";
    const broken = `--${boundary}\r\nContent-Disposition: form-data; name="$ACTION_ID_x"\r\n\r\n`;
    expect(await status(action(broken, { "content-type": `multipart/form-data; boundary=${boundary}` }))).toBe(400);
    // The same without JavaScript: no Next-Action header, the action named in the form.
    const plain = (body: string) =>
      new Request("http://127.0.0.1:3000/contribute", {
        method: "POST",
        headers: {
          host: "127.0.0.1:3000",
          origin: "http://127.0.0.1:3000",
          "content-type": `multipart/form-data; boundary=${boundary}`,
        },
        body,
      });
    expect(await status(plain(broken))).toBe(400);
    expect(
      await status(
        plain(
          `--${boundary}\r\nContent-Disposition: form-data; name="body"\r\n\r\n${"x".repeat(ACTION_BODY_LIMIT)}\r\n--${boundary}--\r\n`,
        ),
      ),
    ).toBe(413);
  });
});
