// The requests the two-instance test makes of one portal instance (or of nginx in front of both), as a browser
// or an API client would, each answering only what the checks compare.
import { formError, submitForm } from "./forms";

const cookieFrom = (setCookies: string[]) =>
  setCookies.map((c) => c.split(";")[0]!).find((c) => /^(__Secure-)?next-auth\.session-token=./.test(c));

/** Signs in with the development sign-in form on `base`, as a browser without JavaScript would. */
export async function signInOn(base: string, name: string, role: "CONTRIBUTOR" | "MODERATOR"): Promise<string> {
  const answer = await submitForm(base, "/sign-in", "Sign in", { name, role, returnTo: "/" });
  const cookie = cookieFrom(answer.setCookies);
  if (answer.status !== 303 || !cookie) {
    throw new Error(`signing in on ${base} answered ${answer.status} ${formError(answer.body)} (no session cookie)`);
  }
  return cookie;
}

export async function me(base: string, cookie: string): Promise<{ name: string; role: string } | null> {
  const response = await fetch(`${base}/api/me`, { headers: { cookie } });
  const body = (await response.json()) as { user: { name: string; role: string } | null };
  return body.user;
}

export interface Page {
  status: number;
  html: string;
  cache: string | null;
  cacheControl: string | null;
  policy: string | null;
  upstream: string | null;
  server: string | null;
}
export async function read(base: string, pagePath: string): Promise<Page> {
  const response = await fetch(base + pagePath);
  return {
    status: response.status,
    html: await response.text(),
    cache: response.headers.get("x-nextjs-cache"),
    cacheControl: response.headers.get("cache-control"),
    policy: response.headers.get("content-security-policy"),
    upstream: response.headers.get("x-test-upstream"),
    server: response.headers.get("server"),
  };
}

export async function postOutcome(
  base: string,
  runbook: { slug: string; nodeId: string },
  headers: Record<string, string>,
): Promise<number> {
  const response = await fetch(`${base}/api/runbooks/${runbook.slug}/outcomes`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ nodeId: runbook.nodeId, version: 1, fixed: "yes" }),
  });
  await response.arrayBuffer();
  return response.status;
}

/** POSTs JSON and notes when each line of the answer arrived (ms from the request). */
export async function streamTimes(url: string, body: unknown, origin: string) {
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify(body),
  });
  const lines: number[] = [];
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of response.body!) {
    text += decoder.decode(chunk as Uint8Array, { stream: true });
    const complete = text.split("\n").length - 1;
    while (lines.length < complete) lines.push(performance.now() - started);
  }
  return { status: response.status, lines, text };
}
