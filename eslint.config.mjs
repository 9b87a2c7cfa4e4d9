import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "lib/db/generated/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      // app/[...missing] (the 404 for any address no route matches) makes this rule take every path, even
      // /api/health, for a page; it exists for the Pages Router's <a> to pages, which this app does not have.
      "@next/next/no-html-link-for-pages": "off",
      // Only lib/env.ts reads the environment (scripts and test tooling are outside the app).
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read configuration through getEnv() from @/lib/env.",
        },
      ],
    },
  },
  {
    files: [
      "lib/env.ts",
      "instrumentation.ts",
      "lib/db/testing/**",
      "scripts/**",
      "e2e/**",
      "playwright.config.ts",
      "vitest.config.ts",
      "**/*.test.ts",
    ],
    rules: { "no-restricted-syntax": "off" },
  },
]);
