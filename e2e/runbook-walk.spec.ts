import { expect, test, type Page, type Request } from "@playwright/test";

import { awaitRoomInWindow, expectNoAxeViolations } from "./fixtures";
import { fetchRunbook, routeToResolution, visibleLabel, type PathStep } from "./runbook-helpers";

const SLUG = "token-expiration-issues";

async function answer(page: Page, step: PathStep) {
  await page.getByRole("link", { name: visibleLabel(step.answerLabel), exact: true }).click();
}

const stepHeading = (page: Page) => page.locator("#step-heading");

test("walk from the root to a resolution by clicking: no page load, and each step's content is there on the click", async ({
  page,
  request,
}) => {
  const runbook = await fetchRunbook(request, SLUG);
  const route = routeToResolution(runbook, 3);
  await page.goto(`/runbooks/${SLUG}`);
  await expect(stepHeading(page)).toHaveText(route.steps[0]!.node.title);
  const pageLoads: string[] = [];
  // The walker asks for the steps ahead with a POST (a server action); a reader waits until none is on its way.
  const actions = { inFlight: 0, lastChange: Date.now() };
  const actionDone = (r: Request) => {
    if (r.method() !== "POST") return;
    actions.inFlight -= 1;
    actions.lastChange = Date.now();
  };
  page.on("request", (r) => {
    if (r.resourceType() === "document") pageLoads.push(r.url());
    if (r.method() !== "POST") return;
    actions.inFlight += 1;
    actions.lastChange = Date.now();
  });
  page.on("requestfinished", actionDone);
  page.on("requestfailed", actionDone);
  const settled = () => actions.inFlight === 0 && Date.now() - actions.lastChange > 300;
  // The placeholder shown when a click outruns the content's request must never appear on a walk at reading pace.
  await page.evaluate(() => {
    const seen = () => document.body.textContent?.includes("Loading this step's details") ?? false;
    new MutationObserver(() => {
      if (seen()) document.body.dataset.sawPendingStep = "yes";
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  for (const [index, step] of route.steps.entries()) {
    await expect(stepHeading(page)).toHaveText(step.node.title);
    await expect.poll(settled).toBe(true);
    await answer(page, step);
    await expect(page.getByText(`Step ${index + 2} ·`)).toBeVisible();
    await expect(page.getByRole("link", { name: "Suggest a change to this step" })).toBeVisible();
  }
  await expect(stepHeading(page)).toHaveText(route.target.title);
  await expect(page.getByText(/Step \d+ · Resolution/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Steps" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Did this fix it?" })).toBeVisible();
  expect(pageLoads).toEqual([]);
  expect(await page.evaluate(() => document.body.dataset.sawPendingStep ?? "no")).toBe("no");
  const trail = page.getByRole("navigation", { name: "Your answers so far" }).getByRole("listitem");
  await expect(trail).toHaveCount(route.steps.length);
});

test("a step's page carries the content of that step and the next ones only", async ({ request }) => {
  const runbook = await fetchRunbook(request, SLUG);
  const root = runbook.nodes.find((node) => node.id === runbook.root)!;
  const next = new Set(root.kind === "escalation" ? [] : root.answers.map((answer) => answer.next));
  const html = await (await request.get(`/runbooks/${SLUG}`)).text();
  // Every step's content links to "Suggest a change to this step" with the step's id in the link.
  const carried = runbook.nodes.filter((node) => html.includes(`step=${SLUG}/${node.id}`)).map((node) => node.id);
  expect(carried.sort()).toEqual([root.id, ...next].sort());
});

test("a step whose content cannot be fetched says so and opens as a page, answers kept", async ({ page, request }) => {
  const runbook = await fetchRunbook(request, SLUG);
  const route = routeToResolution(runbook, 3);
  await page.route(
    (url) => url.pathname.startsWith("/runbooks/"),
    (intercepted) =>
      intercepted.request().method() === "POST" ? intercepted.abort("connectionreset") : intercepted.fallback(),
  );
  await page.goto(`/runbooks/${SLUG}`);
  await answer(page, route.steps[0]!);
  await expect(stepHeading(page)).toHaveText(route.steps[1]!.node.title);
  // The page held the first step's neighbours; the step after them arrives only with its content, which failed.
  await answer(page, route.steps[1]!);
  const alert = page.getByRole("alert").filter({ hasText: "could not be loaded" });
  await expect(alert).toBeVisible();
  await alert.getByRole("link", { name: "Open this step as a page" }).click();
  await expect(stepHeading(page)).toHaveText(route.steps[2]!.node.title);
  await expect(page.getByRole("link", { name: "Suggest a change to this step" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Your answers so far" }).getByRole("listitem")).toHaveCount(2);
});

test("a click that outruns the request for the next steps waits for that step, then shows it", async ({
  page,
  request,
}) => {
  const runbook = await fetchRunbook(request, SLUG);
  const route = routeToResolution(runbook, 3);
  // The walker's requests for the steps ahead (server actions, POSTs) answer a second late.
  await page.route(
    (url) => url.pathname.startsWith("/runbooks/"),
    async (intercepted) => {
      if (intercepted.request().method() !== "POST") return intercepted.fallback();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await intercepted.fallback();
    },
  );
  await page.goto(`/runbooks/${SLUG}`);
  await answer(page, route.steps[0]!);
  await expect(stepHeading(page)).toHaveText(route.steps[1]!.node.title);
  await answer(page, route.steps[1]!);
  await expect(stepHeading(page)).toHaveText("Next step");
  // Focus follows the step shown, placeholder included, so a screen reader announces both.
  await expect(stepHeading(page)).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Loading this step's details" })).toBeVisible();
  await expect(stepHeading(page)).toHaveText(route.steps[2]!.node.title);
  await expect(stepHeading(page)).toBeFocused();
  await expect(page.getByRole("link", { name: "Suggest a change to this step" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Your answers so far" }).getByRole("listitem")).toHaveCount(2);
  await expect(page.getByRole("status").filter({ hasText: /no longer exists/ })).toHaveCount(0);
});

test("keyboard: number keys answer, focus moves to the new step, Backspace goes back, r restarts", async ({
  page,
  request,
}) => {
  const runbook = await fetchRunbook(request, SLUG);
  const route = routeToResolution(runbook, 2);
  await page.goto(`/runbooks/${SLUG}`);
  for (const step of route.steps) {
    await expect(stepHeading(page)).toHaveText(step.node.title);
    const index = (step.node.kind === "question" || step.node.kind === "diagnostic" ? step.node.answers : []).findIndex(
      (a) => a.id === step.answerId,
    );
    await page.keyboard.press(String(index + 1));
  }
  await expect(stepHeading(page)).toHaveText(route.target.title);
  await expect(stepHeading(page)).toBeFocused();
  await page.keyboard.press("Backspace");
  await expect(stepHeading(page)).toHaveText(route.steps.at(-1)!.node.title);
  await page.keyboard.press("r");
  await expect(stepHeading(page)).toHaveText(route.steps[0]!.node.title);
  await expect(page).toHaveURL(new RegExp(`/runbooks/${SLUG}\\?v=\\d+$`));
});

test("the browser's back button steps back and a reload or a shared URL lands on the same step", async ({
  page,
  browser,
  request,
}) => {
  const runbook = await fetchRunbook(request, SLUG);
  const route = routeToResolution(runbook, 2);
  await page.goto(`/runbooks/${SLUG}`);
  for (const step of route.steps) await answer(page, step);
  await expect(stepHeading(page)).toHaveText(route.target.title);
  const shared = page.url();
  await page.goBack();
  await expect(stepHeading(page)).toHaveText(route.steps.at(-1)!.node.title);
  await page.goForward();
  await expect(stepHeading(page)).toHaveText(route.target.title);
  await page.reload();
  await expect(stepHeading(page)).toHaveText(route.target.title);
  const other = await browser.newPage();
  await other.goto(shared);
  await expect(other.locator("#step-heading")).toHaveText(route.target.title);
  await expect(other.getByRole("navigation", { name: "Your answers so far" }).getByRole("listitem")).toHaveCount(
    route.steps.length,
  );
  await other.close();
});

test("an earlier answer can be changed from the trail", async ({ page, request }) => {
  const runbook = await fetchRunbook(request, SLUG);
  const route = routeToResolution(runbook, 2);
  await page.goto(`/runbooks/${SLUG}`);
  for (const step of route.steps) await answer(page, step);
  const first = route.steps[0]!;
  await page.getByRole("link", { name: `Change answer to: ${first.node.title}` }).click();
  await expect(stepHeading(page)).toHaveText(first.node.title);
  await expect(page.getByRole("navigation", { name: "Your answers so far" })).toHaveCount(0);
  const alternative = (first.node.kind === "question" ? first.node.answers : []).find((a) => a.id !== first.answerId)!;
  await page.getByRole("link", { name: visibleLabel(alternative.label), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${first.node.id}=${alternative.id}`));
  await expect(page).not.toHaveURL(new RegExp(`${route.steps[1]!.node.id}=`));
});

test("an old link whose step no longer exists lands on the nearest step with a notice", async ({ page, request }) => {
  const runbook = await fetchRunbook(request, SLUG);
  const response = await page.goto(`/runbooks/${SLUG}/removed-step?${runbook.root}=answer-from-v1&v=1`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText(/points to a step that no longer exists/)).toBeVisible();
  await expect(stepHeading(page)).toHaveText(runbook.nodes.find((n) => n.id === runbook.root)!.title);
});

test("a link naming a step alone shows the route from the root, with and without JavaScript", async ({
  browser,
  page,
  request,
}) => {
  const runbook = await fetchRunbook(request, SLUG);
  const route = routeToResolution(runbook, 2);
  const trail = (p: Page) => p.getByRole("navigation", { name: "Your answers so far" }).getByRole("listitem");
  const response = await page.goto(`/runbooks/${SLUG}/${route.target.id}`);
  // Served in place, not redirected: a cached redirect would carry its Location header twice.
  expect(response?.status()).toBe(200);
  await expect(stepHeading(page)).toHaveText(route.target.title);
  await expect(trail(page)).toHaveCount(route.steps.length);
  await expect(page).toHaveURL(new RegExp(`/${route.target.id}\\?${route.steps[0]!.node.id}=`));

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(`/runbooks/${SLUG}/${route.target.id}`);
  await expect(stepHeading(noScript)).toHaveText(route.target.title);
  await expect(trail(noScript)).toHaveCount(route.steps.length);
  await context.close();
});

test("the same walk works with JavaScript disabled, outcome and its limit included", async ({ browser, request }) => {
  const runbook = await fetchRunbook(request, SLUG);
  const route = routeToResolution(runbook, 2);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "X-Forwarded-For": "192.0.2.10" },
  });
  const page = await context.newPage();
  test.setTimeout(120_000);
  await awaitRoomInWindow("runbookOutcome", 45);
  await page.goto(`/runbooks/${SLUG}`);
  for (const step of route.steps) {
    await expect(stepHeading(page)).toHaveText(step.node.title);
    await answer(page, step);
  }
  await expect(stepHeading(page)).toHaveText(route.target.title);
  await expect(page.getByRole("button", { name: "Copy as Markdown" })).toHaveCount(0);
  await page.getByRole("button", { name: "Yes, it is fixed" }).click();
  await expect(page.getByText("Thanks: your answer was recorded.")).toBeVisible();
  await expect(stepHeading(page)).toHaveText(route.target.title);

  // The answer comes back in the URL; without it the step asks again. The sixth answer in ten minutes is refused
  // with the same words the API uses.
  const step = new URL(page.url());
  step.searchParams.delete("outcome");
  for (let vote = 2; vote <= 6; vote++) {
    await page.goto(step.toString());
    await page.getByRole("button", { name: "Yes, it is fixed" }).click();
    if (vote < 6) await expect(page.getByText("Thanks: your answer was recorded.")).toBeVisible();
  }
  await expect(
    page.getByText(/^You have sent several answers in a short time\. Try again in \d+ (seconds?|minutes?)\.$/),
  ).toBeVisible();
  await context.close();
});

test("a runbook step has no axe violations", async ({ page, request }) => {
  const runbook = await fetchRunbook(request, "ai-agent-authentication-failures");
  const route = routeToResolution(runbook, 1);
  await page.goto(`/runbooks/${runbook.slug}`);
  await expectNoAxeViolations(page);
  for (const step of route.steps) await answer(page, step);
  await expect(stepHeading(page)).toHaveText(route.target.title);
  await expectNoAxeViolations(page);
});
