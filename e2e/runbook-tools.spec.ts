import { readFile } from "node:fs/promises";

import { expect, test } from "@playwright/test";

import { awaitRoomInWindow, expectNoAxeViolations } from "./fixtures";
import { fetchRunbook, routesTo, routeToResolution, visibleLabel } from "./runbook-helpers";

const SLUG = "rate-limiting-problems";

function stepUrl(slug: string, steps: { node: { id: string }; answerId: string }[], nodeId: string) {
  const params = new URLSearchParams(steps.map((s) => [s.node.id, s.answerId]));
  return `/runbooks/${slug}/${nodeId}?${params.toString()}`;
}

test("GET /api/runbooks/<slug> returns the validated runbook; an unknown slug is a 404 with a message", async ({
  request,
}) => {
  const runbook = await fetchRunbook(request, SLUG);
  expect(runbook).toMatchObject({ slug: SLUG, category: SLUG, version: expect.any(Number), root: expect.any(String) });
  expect(runbook.nodes.length).toBeGreaterThanOrEqual(10);
  const missing = await request.get("/api/runbooks/no-such-runbook");
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toMatchObject({
    error: { code: "NOT_FOUND", message: expect.stringContaining("no-such-runbook") },
  });
});

test("the transcript, copied or downloaded, holds the title, version, answers, diagnostics and the fix", async ({
  page,
  request,
  context,
}) => {
  const runbook = await fetchRunbook(request, SLUG);
  const route = routesTo(runbook, (n) => n.kind === "resolution").find((r) =>
    r.steps.some((s) => s.node.kind === "diagnostic"),
  )!;
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(stepUrl(SLUG, route.steps, route.target.id));
  await expect(page.locator("#step-heading")).toHaveText(route.target.title);

  await page.getByRole("button", { name: "Copy as Markdown" }).click();
  await expect(page.getByText("Transcript copied as Markdown.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download transcript" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`${SLUG}-transcript.md`);
  const downloaded = await readFile((await download.path())!, "utf8");

  for (const transcript of [copied, downloaded]) {
    expect(transcript).toContain(`# ${runbook.title} (version ${runbook.version})`);
    expect(transcript).toMatch(/- Date: \d{4}-\d\d-\d\dT/);
    for (const step of route.steps) {
      expect(transcript).toContain(`**${step.node.title}**`);
      expect(transcript).toContain(`- Answer: ${step.answerLabel}`);
    }
    const diagnostic = route.steps.find((s) => s.node.kind === "diagnostic")!.node;
    if (diagnostic.kind === "diagnostic")
      expect(transcript).toContain(diagnostic.commands[0]!.code.trim().split("\n")[0]);
    expect(transcript).toContain(`## Resolution: ${route.target.title}`);
    expect(transcript).toContain("### Verify");
    expect(transcript).toContain(
      `- Link: http://127.0.0.1:${process.env.E2E_PORT ?? 3100}/runbooks/${SLUG}/${route.target.id}?`,
    );
  }
});

test("the flowchart highlights the walked path, its nodes link to their steps, and it downloads as SVG", async ({
  page,
  request,
}) => {
  const runbook = await fetchRunbook(request, SLUG);
  const route = routeToResolution(runbook, 2);
  await page.goto(stepUrl(SLUG, route.steps, route.target.id));
  await page.getByRole("link", { name: "View flowchart" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Flowchart: ${runbook.title}`);
  const onPath = await page
    .locator("svg [data-node][data-on-path]")
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-node")));
  expect(onPath.sort()).toEqual([...route.steps.map((s) => s.node.id), route.target.id].sort());
  await expect(page.locator(`svg [data-node="${route.target.id}"]`)).toHaveAttribute("aria-current", "step");
  // Every step is drawn; an escalation that several resolutions lead to when they did not help is drawn once per
  // resolution, each copy linking to the same step.
  const drawn = await page
    .locator("svg [data-node]")
    .evaluateAll((nodes) => new Set(nodes.map((n) => n.getAttribute("data-node"))).size);
  expect(drawn).toBe(runbook.nodes.length);
  await expectNoAxeViolations(page);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download SVG" }).click();
  const svg = await readFile((await (await downloadPromise).path())!, "utf8");
  expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain(`data-node="${route.target.id}" data-on-path="true" aria-current="step"`);

  const second = route.steps[1]!.node;
  await page.locator(`svg a[data-node="${second.id}"]`).click();
  await expect(page.locator("#step-heading")).toHaveText(second.title);
  await expect(page.getByRole("navigation", { name: "Your answers so far" }).getByRole("listitem")).toHaveCount(1);
});

test("the flowchart of the largest runbook opens with its root and the current step in view, and zooms to the whole chart", async ({
  page,
  request,
}) => {
  const slug = "network-security-issues";
  const runbook = await fetchRunbook(request, slug);
  const routes = routesTo(runbook, (n) => n.kind === "resolution");
  // The longest route ends deep in the tree, far from the root on a chart thousands of pixels wide.
  const route = routes.at(-1)!;
  await page.goto(
    `${stepUrl(slug, route.steps, route.target.id)}&node=${route.target.id}`.replace(
      `/${route.target.id}?`,
      "/flowchart?",
    ),
  );
  const box = page.getByRole("region", { name: "Flowchart, scrollable" });
  const inView = async (nodeId: string) => {
    const [frame, node] = await Promise.all([
      box.boundingBox(),
      page.locator(`svg [data-node="${nodeId}"]`).first().boundingBox(),
    ]);
    return (
      node!.x >= frame!.x - 1 &&
      node!.x + node!.width <= frame!.x + frame!.width + 1 &&
      node!.y >= frame!.y - 1 &&
      node!.y + node!.height <= frame!.y + frame!.height + 1
    );
  };
  await expect(page.locator(`svg [data-node="${route.target.id}"]`)).toHaveAttribute("aria-current", "step");
  await expect.poll(() => inView(runbook.root)).toBe(true);
  expect(await inView(route.target.id)).toBe(true);

  await page.getByRole("button", { name: "Whole chart" }).click();
  const zoomed = await page.locator("svg[role=group]").boundingBox();
  const frame = await box.boundingBox();
  expect(zoomed!.width).toBeLessThanOrEqual(frame!.width);
  expect(zoomed!.height).toBeLessThanOrEqual(frame!.height);
  const whole = await page.getByRole("group", { name: "Zoom" }).locator("output").textContent();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(page.getByRole("group", { name: "Zoom" }).locator("output")).not.toHaveText(whole!);
  expect((await page.locator("svg[role=group]").boundingBox())!.width).toBeGreaterThan(zoomed!.width);
  await expectNoAxeViolations(page);
});

test("outcomes are recorded, a success rate appears from 5 answers, and the sixth answer is rate limited", async ({
  browser,
  request,
}) => {
  const runbook = await fetchRunbook(request, "container-security-problems");
  const routes = routesTo(runbook, (n) => n.kind === "resolution");
  const route = routes.at(-1)!;
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.77" } });
  const page = await context.newPage();
  test.setTimeout(120_000);
  await awaitRoomInWindow("runbookOutcome", 45);
  const url = stepUrl(runbook.slug, route.steps, route.target.id);
  for (let vote = 1; vote <= 5; vote++) {
    await page.goto(url);
    await expect(page.getByText(/people who followed this resolution/)).toHaveCount(vote > 5 ? 1 : 0);
    await page.getByRole("button", { name: vote === 5 ? "No, still broken" : "Yes, it is fixed" }).click();
    await expect(page.getByText("Thanks: your answer was recorded.")).toBeVisible();
  }
  // The step's page is cached with its rates for up to a minute (it says so); the same step reached with its
  // version pinned is another page, rendered now.
  await page.goto(`${url}&v=${runbook.version}`);
  await expect(
    page.getByText(
      "80% of 5 people who followed this resolution said it fixed their problem (counted up to a minute ago).",
    ),
  ).toBeVisible();
  await page.getByRole("button", { name: "Yes, it is fixed" }).click();
  await expect(
    page.getByText(/You have sent several answers in a short time\. Try again in \d+ (second|minute)s?\./),
  ).toBeVisible();
  await context.close();
});

test.describe("token inspector", () => {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  const makeToken = (claims: object) =>
    `${encode({ alg: "RS256", typ: "JWT" })}.${encode(claims)}.c2lnbmF0dXJlLXNlY3JldA`;
  const validToken = makeToken({
    iss: "https://auth.example.com",
    aud: "https://mcp.example.com/mcp",
    scope: "mcp:tools",
    iat: now,
    exp: now + 3600,
  });
  const expiredToken = makeToken({
    iss: "https://auth.example.com",
    aud: "https://mcp.example.com/mcp",
    exp: now - 7200,
  });

  test("decodes valid, expired and malformed tokens in the browser and never sends them anywhere", async ({
    page,
    request,
  }) => {
    const runbook = await fetchRunbook(request, "token-expiration-issues");
    const route = routesTo(runbook, (n) => n.kind === "diagnostic" && n.widget === "token-inspector")[0]!;
    const sent: string[] = [];
    page.on("request", (r) => sent.push(`${r.url()} ${JSON.stringify(r.headers())} ${r.postData() ?? ""}`));
    await page.goto(stepUrl(runbook.slug, route.steps, route.target.id));
    const box = page.getByRole("textbox", { name: "Access token" });

    await box.fill(validToken);
    await expect(page.getByText("No problems found in the claims.")).toBeVisible();
    await expect(page.getByRole("table", { name: "Claims" })).toContainText('"https://mcp.example.com/mcp"');
    await expect(page.getByRole("definition").filter({ hasText: /in (59|60) min/ })).toBeVisible();

    await box.fill(expiredToken);
    await expect(page.getByText("Problem: Expired 2 h ago.")).toBeVisible();

    await box.fill(`${validToken.split(".")[0]}.not+base64/.sig`);
    await expect(
      page.getByText("The payload is not base64url (it contains characters such as + / = or spaces)."),
    ).toBeVisible();
    await box.fill("opaque-token-value");
    await expect(page.getByText(/A JWT has three parts separated by dots; this has 1/)).toBeVisible();

    await page
      .getByRole("link", {
        name: visibleLabel(route.target.kind === "diagnostic" ? route.target.answers[0]!.label : ""),
        exact: true,
      })
      .click();
    for (const entry of sent) {
      expect(entry).not.toContain(validToken.split(".")[1]);
      expect(entry).not.toContain(expiredToken.split(".")[1]);
      expect(entry).not.toContain("c2lnbmF0dXJl");
    }
  });
});
