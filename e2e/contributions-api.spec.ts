import { expect, test } from "@playwright/test";

import { signIn, unique } from "./contribution-helpers";
import { diagnosticTechnique as technique } from "./contribution-payloads";

test("the JSON API takes the form's fields: 401 signed out, 400 saying what to fix, 201 with the new contribution", async ({
  page,
}) => {
  const title = `Compare exp with the server clock ${unique()}`;
  const signedOut = await page.request.post("/api/contributions", { data: technique(title) });
  expect(signedOut.status()).toBe(401);

  await signIn(page, `Scripted ${unique()}`, "Contributor");
  const bad = await page.request.post("/api/contributions", { data: { ...technique("Short"), steps: [] } });
  expect(bad.status()).toBe(400);
  const { error } = await bad.json();
  expect(error.fields).toMatchObject({
    title: "The title needs at least 8 characters.",
    steps: "Add at least one line to the steps.",
  });

  const brokenChange = await page.request.post("/api/contributions", {
    data: {
      kind: "RUNBOOK_CHANGE",
      title: `Remove the rotation step ${unique()}`,
      categorySlug: "monitoring-overhead",
      body: "The rotation step duplicates the retention step and confuses people who land on it from search.",
      proposal:
        "- id: nowhere\n  kind: escalation\n  revisions: [2025-11-25, 2026-07-28]\n  title: Ask\n  body: Ask.\n  collect: [logs]",
    },
  });
  expect(brokenChange.status()).toBe(400);
  expect((await brokenChange.json()).error.message).toContain('Step "nowhere": unreachable from the root');

  const created = await page.request.post("/api/contributions", { data: technique(title) });
  expect(created.status()).toBe(201);
  const { id, status, version } = await created.json();
  expect({ status, version }).toEqual({ status: "SUBMITTED", version: 1 });
  await page.goto(created.headers()["location"]!);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  const edit = (baseVersion: number) =>
    page.request.put(`/api/contributions/${id}`, { data: { ...technique(`${title} (edited)`), baseVersion } });
  expect((await edit(1)).status()).toBe(200);
  const stale = await edit(1);
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.message).toContain("you started from version 1, it is now version 2");
});
