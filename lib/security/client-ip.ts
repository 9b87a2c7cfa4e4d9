/**
 * The client address for per-IP limits: the last X-Forwarded-For entry, which is the one the nearest
 * reverse proxy appended (nginx `$proxy_add_x_forwarded_for`). `next start` alone only fills the header
 * when it is absent, so a portal exposed without a proxy cannot tell a forged header from a real one:
 * production deployments must sit behind a proxy that sets it (README, Production setup).
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip") || "unknown";
}

/** Cross-site form posts are refused: a browser always sends Origin on POST. */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return true;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
