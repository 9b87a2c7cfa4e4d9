import { fileURLToPath } from "node:url";

import type { NextConfig } from "next";

import { cachedKnownIssuesRewrites } from "./lib/known-issues/cached-list-path";
import { cachedStepRewrites } from "./lib/runbooks/cached-step-path";
import { cachedSearchRewrites } from "./lib/search/cached-search-path";
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
  // Runbook steps, searches and the known-issue list are served from their cached internal paths
  // (lib/runbooks/cached-step-path.ts, lib/search/cached-search-path.ts, lib/known-issues/cached-list-path.ts).
  async rewrites() {
    return {
      beforeFiles: [...cachedStepRewrites(), ...cachedSearchRewrites(), ...cachedKnownIssuesRewrites()],
      afterFiles: [],
      fallback: [],
    };
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
