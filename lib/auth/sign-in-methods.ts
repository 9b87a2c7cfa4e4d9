import { getEnv, type Env } from "@/lib/env";
import { isLocalOnlyPortal } from "@/lib/security/loopback";

/**
 * Which ways to sign in this portal offers. The development sign-in (pick a name and a role) exists only
 * where nobody else can reach it: no real provider configured, PUBLIC_URL unset or on this machine, and
 * the server itself listening on loopback only (a fact of the process, which no request can forge).
 * `host` is the request's Host header: checked too, but only as a second line, since a client chooses it.
 */
export function signInMethods(host: string | null, env: Env = getEnv()) {
  const github = Boolean(env.GITHUB_ID && env.GITHUB_SECRET);
  const email = Boolean(env.EMAIL_SERVER && env.EMAIL_FROM);
  const development = developmentSignInAllowed(env) && isLoopbackHostHeader(host);
  return { github, email, development };
}

/** The facts of the server alone: what the development sign-in mutation re-checks whatever the request says. */
export function developmentSignInAllowed(env: Env = getEnv()): boolean {
  const provider = Boolean(env.GITHUB_ID || env.EMAIL_SERVER);
  return !provider && isLocalOnlyPortal(env);
}

/** Host header names a browser on this machine sends; the header is the client's word, hence the short list. */
const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

function isLoopbackHostHeader(host: string | null): boolean {
  if (!host) return false;
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.split(":")[0]!;
  return LOOPBACK_NAMES.has(name.toLowerCase());
}
