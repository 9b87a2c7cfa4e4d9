import { expect, test } from "@playwright/test";

const DOWN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

test("/api/health reports the app and the embedded database as ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({
    status: "ok",
    app: { status: "ok" },
    database: { status: "ok", engine: "pglite" },
  });
});

test("with the database unreachable, pages answer 503 with a plain explanation, not a stack trace", async ({
  page,
}) => {
  const response = await page.goto(`${DOWN}/categories/monitoring-overhead`);
  expect(response?.status()).toBe(503);
  expect(response?.headers()["retry-after"]).toBe("10");
  await expect(page.getByRole("heading", { name: "The portal cannot reach its database" })).toBeVisible();
  await expect(page.getByText("Nothing you submitted has been lost")).toBeVisible();
  await expect(page.locator("body")).not.toContainText(/ECONNREFUSED|at .*\.js:\d+|portal:portal/);
});

test("with the database unreachable, the known-issue list, which skips the proxy, ends on the same 503 page", async ({
  page,
}) => {
  const response = await page.goto(`${DOWN}/known-issues`);
  expect(response?.status()).toBe(503);
  await expect(page.getByRole("heading", { name: "The portal cannot reach its database" })).toBeVisible();
  expect(response?.headers()["content-security-policy"]).toContain("default-src 'none'");
});

test("with the database unreachable, /api/health answers 503 and names the failing part", async ({ request }) => {
  const response = await request.get(`${DOWN}/api/health`);
  expect(response.status()).toBe(503);
  const body = await response.json();
  expect(body).toMatchObject({ status: "degraded", app: { status: "ok" }, database: { status: "unreachable" } });
  expect(JSON.stringify(body)).not.toContain("portal:portal");
});
