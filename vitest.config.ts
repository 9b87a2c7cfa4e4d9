import path from "node:path";
import { fileURLToPath } from "node:url";

import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; lib modules are tested in plain node.
      "server-only": path.join(root, "lib/db/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["{lib,scripts}/**/*.test.{ts,tsx}"],
    environment: "node",
    // The tests run as the quick start does: a server that listens on loopback only (scripts/serve.ts).
    env: { PORTAL_LISTEN_HOST: "127.0.0.1" },
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
