import { getEnv, type Env } from "@/lib/env";

/**
 * Which ways to sign in this portal offers. The development sign-in (pick a name and a role) exists
 * only when no real provider is configured and the portal is not deployed: PUBLIC_URL unset or on this
 * machine, and the request itself addressed to localhost.
 */
export function signInMethods(host: string | null, env: Env = getEnv()) {
  const github = Boolean(env.GITHUB_ID && env.GITHUB_SECRET);
  const email = Boolean(env.EMAIL_SERVER && env.EMAIL_FROM);
  const development = !github && !email && isLoopbackUrl(env.PUBLIC_URL) && isLoopbackHost(host);
  return { github, email, development };
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

function isLoopbackUrl(url: string | undefined): boolean {
  return url === undefined || LOOPBACK.has(new URL(url).hostname);
}

function isLoopbackHost(host: string | null): boolean {
  if (!host) return false;
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.split(":")[0]!;
  return LOOPBACK.has(name.toLowerCase());
}
