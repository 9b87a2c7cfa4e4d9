import { describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors";

import { readBodyText, readCappedBytes, readJsonObject } from "./read-body";

/** A request whose body is produced chunk by chunk, counting how many bytes were pulled from it. */
function streamingRequest(chunks: number, chunkBytes: number, headers: Record<string, string> = {}) {
  const pulled = { bytes: 0 };
  let sent = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent++ >= chunks) return controller.close();
        pulled.bytes += chunkBytes;
        controller.enqueue(new Uint8Array(chunkBytes).fill(0x61));
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request("http://portal.invalid/api", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);
  return { request, pulled };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? `${error.code} ${error.status}` : String(error)),
  );

describe("readCappedBytes", () => {
  it("returns every byte of a body within the cap, and an empty array for no body", async () => {
    const { request } = streamingRequest(3, 10);
    const bytes = await readCappedBytes(request.body, 30);
    expect(bytes?.byteLength).toBe(30);
    expect(bytes?.every((b) => b === 0x61)).toBe(true);
    expect(await readCappedBytes(null, 30)).toEqual(new Uint8Array());
  });

  it("answers null as soon as the body passes the cap, without reading the rest", async () => {
    const { request, pulled } = streamingRequest(200_000, 1024);
    expect(await readCappedBytes(request.body, 64 * 1024)).toBeNull();
    expect(pulled.bytes).toBeLessThanOrEqual(64 * 1024 + 2 * 1024);
  });

  it("settles on one branch of a cloned body while the other is still unread", async () => {
    const { request } = streamingRequest(200, 1024);
    expect(await readCappedBytes(request.clone().body, 8 * 1024)).toBeNull();
  });
});

describe("readBodyText", () => {
  it("refuses a declared Content-Length above the cap without reading the body", async () => {
    const { request, pulled } = streamingRequest(1000, 1024, { "content-length": String(200 * 1024 * 1024) });
    expect(await codeOf(readBodyText(request, 64 * 1024))).toBe("PAYLOAD_TOO_LARGE 413");
    expect(pulled.bytes).toBe(0);
  });

  it("stops reading a body without Content-Length as soon as it passes the cap", async () => {
    const { request, pulled } = streamingRequest(200_000, 1024);
    expect(await codeOf(readBodyText(request, 64 * 1024))).toBe("PAYLOAD_TOO_LARGE 413");
    expect(pulled.bytes).toBeLessThanOrEqual(64 * 1024 + 2 * 1024);
  });

  it("reads a body within the cap, and refuses one that is not UTF-8", async () => {
    expect(await readBodyText(new Request("http://x/", { method: "POST", body: "héllo" }), 100)).toBe("héllo");
    const bad = new Request("http://x/", { method: "POST", body: new Uint8Array([0xc0, 0xaf]) });
    expect(await codeOf(readBodyText(bad, 100))).toBe("BAD_REQUEST 400");
  });
});

describe("readJsonObject", () => {
  const json = (body: string, type = "application/json") =>
    new Request("http://x/", { method: "POST", body, headers: { "content-type": type } });

  it("answers what was wrong: the media type, the syntax, the shape, the size", async () => {
    expect(await readJsonObject(json('{"a":1}'), 100)).toEqual({ a: 1 });
    expect(await readJsonObject(json('{"a":1}', "application/json; charset=utf-8"), 100)).toEqual({ a: 1 });
    expect(await codeOf(readJsonObject(json('{"a":1}', "text/plain"), 100))).toBe("BAD_REQUEST 400");
    expect(await codeOf(readJsonObject(json("{"), 100))).toBe("BAD_REQUEST 400");
    expect(await codeOf(readJsonObject(json("[1]"), 100))).toBe("BAD_REQUEST 400");
    expect(await codeOf(readJsonObject(json(`{"a":"${"x".repeat(200)}"}`), 100))).toBe("PAYLOAD_TOO_LARGE 413");
  });
});
