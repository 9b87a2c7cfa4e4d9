import { getEnv } from "@/lib/env";

/**
 * The origin people use to reach the portal, for absolute links in downloaded files. PUBLIC_URL wins;
 * otherwise the (possibly proxied) Host header, since Next.js builds request.url from its own hostname.
 */
export function publicOrigin(headers: Headers): string {
  const configured = getEnv().PUBLIC_URL;
  if (configured) return new URL(configured).origin;
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost:3000";
  const proto = headers.get("x-forwarded-proto") ?? "http";
  return `${proto === "https" ? "https" : "http"}://${host.replace(/[^a-zA-Z0-9.:[\]-]/g, "")}`;
}
