import { fileURLToPath } from "node:url";

import type { NextConfig } from "next";

import { unfilteredListRewrite } from "./lib/known-issues/unfiltered-list";
import { API_CONTENT_SECURITY_POLICY, staticSecurityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and extension bundles from its own package folder at run time;
  // bundled, the build passes and every query fails ("Extension bundle not found").
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // Rendered pages are kept in memory until the content version changes, and get a hash-based CSP there
  // (lib/page-cache/page-cache-handler.mjs).
  cacheHandler: fileURLToPath(new URL("./lib/page-cache/page-cache-handler.mjs", import.meta.url)),
  reactStrictMode: true,
  // proxy.ts rewrites runbook steps, searches and the known-issue list to their cached internal paths
  // (lib/page-cache/query-segment.ts). Without this, the proxy's request.url names the server "localhost" where
  // Next.js's router knows it by the address it listens on (127.0.0.1), and takes a rewrite made from it for one
  // to another origin, proxied over HTTP; with it, request.url is the address the router itself uses.
  skipProxyUrlNormalize: true,
  // The unfiltered known-issue list, the one most asked for, skips the proxy (lib/known-issues/unfiltered-list.ts).
  async rewrites() {
    return { beforeFiles: [unfilteredListRewrite], afterFiles: [], fallback: [] };
  },
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      // Pages get a per-request nonce policy from proxy.ts; API answers get this static one.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default nextConfig;
