import { expect, test } from "@playwright/test";

import { signIn, unique } from "./contribution-helpers";

// After a form, the portal sends people back where they came from, and only ever to a page of its own.

test("the outcome form's returnTo cannot leave the runbook, even through dot segments", async ({ request }) => {
  const slug = "token-expiration-issues";
  for (const returnTo of [
    `/runbooks/${slug}/../..//evil.com`,
    `/runbooks/${slug}/%2e%2e/%2e%2e//evil.com`,
    `/runbooks/${slug}/../other`,
  ]) {
    const response = await request.post(`/api/runbooks/${slug}/outcomes`, {
      form: { nodeId: "nowhere", version: "1", fixed: "yes", returnTo },
      maxRedirects: 0,
    });
    expect(response.status(), returnTo).toBe(303);
    expect(response.headers()["location"], returnTo).toMatch(new RegExp(`^/runbooks/${slug}(/|\\?)`));
  }
  const kept = await request.post(`/api/runbooks/${slug}/outcomes`, {
    form: { nodeId: "nowhere", version: "1", fixed: "yes", returnTo: `/runbooks/${slug}/check-exp?a=b` },
    maxRedirects: 0,
  });
  expect(kept.headers()["location"]).toBe(`/runbooks/${slug}/check-exp?a=b&outcome=invalid`);
});

test("signing in with returnTo=/..//evil.example/x lands on the portal, not on the other site", async ({ page }) => {
  await signIn(page, `Redirected ${unique()}`, "Contributor", "/..//evil.example/x");
  const url = new URL(page.url());
  expect(url.host).toBe(new URL(test.info().project.use.baseURL!).host);
  expect(url.pathname).toBe("/");
});
