import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium (npx playwright install cannot download browsers offline). CHROME_PATH overrides it.
const executablePath = process.env.CHROME_PATH ?? "/usr/lib/chromium/chromium";
// E2E_PORT lets two checkouts on one machine run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const DOWN_PORT = PORT + 1;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  // Generous: axe scans of long runbook pages take seconds on a loaded 2-core CI machine.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      // Without these, Chromium keeps trying to reach Google's services, which this network refuses.
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      // A fresh embedded database, migrated and seeded, then the production build.
      command: `bash scripts/e2e-server.sh ${PORT}`,
      url: `http://127.0.0.1:${PORT}/api/health`,
      // Migrating and seeding ~100 known issues into a fresh PGlite took 2.5 minutes on 2 shared, busy cores.
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    {
      // The same build pointed at a PostgreSQL port where nothing listens: the "database down" experience.
      // Loopback only, like every test server (and so the portal believes X-Forwarded-For, as it does on PORT).
      command: `node_modules/.bin/next start --hostname 127.0.0.1 -p ${DOWN_PORT}`,
      env: { DATABASE_URL: "postgresql://portal:portal@127.0.0.1:9/unreachable", PORTAL_LISTEN_HOST: "127.0.0.1" },
      url: `http://127.0.0.1:${DOWN_PORT}/robots.txt`,
      timeout: 60_000,
      reuseExistingServer: false,
    },
  ],
});
