import type { Readable } from "node:stream";

// The form (server action) cases of check 4 (hostile.ts): every action id found on a page, posted the ways a
// hostile client would.

export type Body = string | Buffer | (() => Readable);
export interface Case {
  route: string;
  name: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Body;
  as?: "contributor" | "moderator" | "admin";
}

/**
 * Server actions (every form): bogus action ids, and the real ones read from the pages (a plain form's
 * `$ACTION_ID_…` field, or the id in a `useActionState` form's `$ACTION_n:0` field) with broken bodies.
 */
export function actionCases(origin: string, pagePath: string, actionIds: string[], as?: Case["as"]): Case[] {
  const route = "forms";
  const post = (name: string, headers: Record<string, string>, body: Body): Case => ({
    route,
    name: `form on ${pagePath}${as ? ` as ${as}` : ""}: ${name}`,
    method: "POST",
    path: pagePath,
    headers: { origin, ...headers },
    body,
    as,
  });
  const out = [
    post("unknown action id", { "next-action": "0".repeat(42), "content-type": "text/plain" }, "[]"),
    post(
      "from another origin",
      { "next-action": actionIds[0] ?? "0".repeat(42), origin: "https://evil.example" },
      "[]",
    ),
  ];
  for (const id of actionIds) {
    const boundary = "resilienceboundary";
    const field = (name: string, value: string | Buffer) =>
      Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
        Buffer.from(value),
        Buffer.from("\r\n"),
      ]);
    const multipart = (...parts: Buffer[]) => Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
    const type = { "content-type": `multipart/form-data; boundary=${boundary}` };
    out.push(
      post(
        `${id.slice(0, 8)} malformed RSC reply`,
        { "next-action": id, "content-type": "text/plain;charset=UTF-8" },
        "[{",
      ),
      post(
        `${id.slice(0, 8)} wrong types`,
        { "next-action": id, "content-type": "text/plain;charset=UTF-8" },
        '[1,{"a":[]},null]',
      ),
      post(
        `${id.slice(0, 8)} NUL and invalid UTF-8 fields`,
        type,
        multipart(
          field(`$ACTION_ID_${id}`, ""),
          field("title", "a\u0000b"),
          field("body", Buffer.from([0xff, 0xc0, 0xaf])),
          field("kind", "%ZZ"),
        ),
      ),
      post(
        `${id.slice(0, 8)} 2 MB field`,
        type,
        multipart(field(`$ACTION_ID_${id}`, ""), field("body", "x".repeat(2 * 1024 * 1024))),
      ),
      post(
        `${id.slice(0, 8)} broken multipart`,
        type,
        `--${boundary}\r\nContent-Disposition: form-data; name="$ACTION_ID_${id}"\r\n\r\n`,
      ),
    );
  }
  return out;
}
