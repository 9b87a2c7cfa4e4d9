import { getEnv, type Env } from "@/lib/env";

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
  return !provider && isLoopbackUrl(env.PUBLIC_URL) && isLoopbackAddress(env.PORTAL_LISTEN_HOST);
}

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** An address a server can listen on that only this machine reaches: localhost, 127.0.0.0/8 or ::1. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const bare = address.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  return bare === "localhost" || bare === "::1" || /^127(?:\.\d{1,3}){3}$/.test(bare);
}

function isLoopbackUrl(url: string | undefined): boolean {
  return url === undefined || LOOPBACK_NAMES.has(new URL(url).hostname);
}

function isLoopbackHostHeader(host: string | null): boolean {
  if (!host) return false;
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.split(":")[0]!;
  return LOOPBACK_NAMES.has(name.toLowerCase());
}
