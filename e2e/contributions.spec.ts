import { expect, test } from "@playwright/test";

import { newPage, signIn, submitTechnique, unique } from "./contribution-helpers";
import { awaitRoomInWindow, expectNoAxeViolations, fillHydrated } from "./fixtures";

const KINDS = [
  {
    kind: "Diagnostic technique",
    missing: "Add at least one line to the steps.",
    fill: {
      Steps: "Run curl -i against the MCP endpoint\nRead the WWW-Authenticate header",
      "What it reveals": "Which resource metadata URL the server advertises.",
    },
  },
  {
    kind: "Resolution procedure",
    missing: "How to verify the fix needs at least 10 characters.",
    fill: {
      Steps: "Add the resource parameter to the token request\nRestart the client",
      "How to verify the fix": "The server answers 200 instead of 401 invalid_token.",
    },
  },
  {
    kind: "Common solution",
    missing: "The problem needs at least 10 characters.",
    fill: { "The problem": "Tokens expire during long tool calls and the agent never refreshes them." },
  },
  {
    kind: "Diagnostic tool",
    missing: "The homepage must be an https:// address",
    fill: {
      "Tool name": "mcp-inspector",
      Homepage: "https://github.com/modelcontextprotocol/inspector",
      License: "MIT",
      "What it checks": "Connects to a server and shows its OAuth discovery and tool list.",
      "How to install it": "npx @modelcontextprotocol/inspector",
      "How to run it": "npx @modelcontextprotocol/inspector --cli https://mcp.example.org/mcp",
    },
  },
  {
    kind: "Known issue",
    missing: "Add at least one line to the error messages.",
    fill: {
      "Error messages": "invalid_target: The requested resource is not valid for this client",
      Severity: "high",
      "Affected components": "gateway: Example MCP Gateway 2.3",
      "Root cause": "The gateway drops the RFC 8707 resource parameter when it rebuilds token requests.",
      "The fix": "Upgrade the gateway to 2.4",
      References: "https://datatracker.ietf.org/doc/html/rfc8707",
    },
  },
] as const;

test("each kind is refused with clear messages first, keeps what was typed, then is submitted", async ({ page }) => {
  await signIn(page, `Kinds ${unique()}`, "Contributor", "/contribute");
  for (const { kind, missing, fill } of KINDS) {
    await page.goto("/contribute");
    await page.getByRole("radio", { name: new RegExp(kind) }).check();
    await page.getByLabel("Title", { exact: true }).fill("Short");
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByText(/needs at least|is required|must be/).first()).toBeVisible();
    await expect(page.locator("#title-error")).toHaveText("The title needs at least 8 characters.");
    await expect(page.getByText(missing).first()).toBeVisible();
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Short");
    await page.getByLabel("Title", { exact: true }).fill(`${kind} for MCP tokens ${unique()}`);
    await page.getByLabel("Category", { exact: true }).selectOption({ label: "Token Expiration Issues" });
    for (const [label, value] of Object.entries(fill)) {
      const field = page.getByLabel(label, { exact: true });
      if (label === "Severity") await field.selectOption(value);
      else await field.fill(value);
    }
    await page
      .getByLabel(/^(Description|Symptoms) \(Markdown\)$/)
      .fill("Seen with **Claude Desktop** and the TypeScript SDK; `exp` matters.");
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByRole("status")).toContainText("Submitted");
    await expect(page.getByText("Waiting for review")).toBeVisible();
  }
});

test("the preview renders Markdown with the sanitizer: no script, no javascript: links", async ({ page }) => {
  await signIn(page, `Preview ${unique()}`, "Contributor", "/contribute");
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page
    .getByLabel("Description (Markdown)", { exact: true })
    .fill('**bold** <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror="alert(3)">');
  const preview = page.getByTestId("markdown-preview");
  await expect(preview.locator("strong")).toHaveText("bold");
  await expect(preview.locator("script, img")).toHaveCount(0);
  await expect(preview.locator("a[href^='javascript']")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("a moderator approves one, rejects one with a reason and requests changes on one; the author sees why", async ({
  browser,
}) => {
  // Three submissions, three reviews, an axe scan and four sign-ins' menus read from /api/me: over the default
  // minute on a loaded 2-core machine.
  test.slow();
  const id = unique();
  const author = await newPage(browser);
  await signIn(author, `Author ${id}`, "Contributor");
  const { url: approved, step } = await submitTechnique(author, `Decode the rejected token ${id}`);
  const { url: rejected } = await submitTechnique(author, `Rejected idea ${id}`);
  const { url: changes } = await submitTechnique(author, `Needs work ${id}`);

  const moderator = await newPage(browser);
  await signIn(moderator, `Moderator ${id}`, "Moderator", "/moderation");
  await moderator.goto("/moderation");
  await expect(moderator.getByRole("link", { name: `Decode the rejected token ${id}` })).toBeVisible();
  await expectNoAxeViolations(moderator);

  await moderator.goto(approved);
  await moderator.getByRole("button", { name: "Save review" }).click();
  await expect(moderator.getByRole("status")).toContainText("Review saved");

  await moderator.goto(rejected);
  await moderator.getByRole("radio", { name: "Reject" }).check();
  await moderator.getByRole("button", { name: "Save review" }).click();
  await expect(moderator.locator("#review-note-error")).toContainText("Say why, in at least 10 characters");
  await expect(moderator.getByRole("radio", { name: "Reject" })).toBeChecked();
  await moderator
    .getByLabel("Note to the author", { exact: true })
    .fill("This duplicates the token inspector runbook step.");
  await moderator.getByRole("button", { name: "Save review" }).click();
  await expect(moderator.getByRole("status")).toContainText("Review saved");

  await moderator.goto(changes);
  await moderator.getByRole("radio", { name: "Request changes" }).check();
  await moderator.getByLabel("Note to the author", { exact: true }).fill("Add the exact error message you saw.");
  await moderator.getByRole("button", { name: "Save review" }).click();
  await expect(moderator.getByRole("status")).toContainText("Review saved");

  // Published: linked from the runbook step it is attached to, on its category page and in search.
  await author.goto("/runbooks/token-expiration-issues/flowchart");
  await author.locator(`svg a[data-node="${step}"]`).click();
  await expect(author.getByRole("link", { name: `Decode the rejected token ${id}` })).toBeVisible();
  await author.goto("/categories/token-expiration-issues");
  await expect(author.getByRole("link", { name: `Decode the rejected token ${id}` })).toBeVisible();
  await author.goto(`/search?q=${encodeURIComponent(`Decode the rejected token ${id}`)}`);
  await expect(
    author
      .getByRole("list", { name: "Search results" })
      .getByRole("link", { name: new RegExp(id) })
      .first(),
  ).toBeVisible();

  // The author sees each decision and the reasons.
  await author.goto("/me/contributions");
  await expect(author.getByText("This duplicates the token inspector runbook step.")).toBeVisible();
  await expect(author.getByText("Add the exact error message you saw.")).toBeVisible();
  await author.goto(rejected);
  await expect(author.getByRole("heading", { name: /Reviewer feedback/ })).toBeVisible();
  await expect(author.getByRole("link", { name: "Edit" })).toHaveCount(0);
});

test("a stale edit is refused and the text typed is kept", async ({ browser }) => {
  const id = unique();
  const context = await browser.newContext();
  const first = await context.newPage();
  await signIn(first, `Editor ${id}`, "Contributor");
  const { url } = await submitTechnique(first, `Edited twice ${id}`);
  const second = await context.newPage();
  await first.goto(`${url}/edit`);
  await second.goto(`${url}/edit`);
  await fillHydrated(first.getByLabel("Title", { exact: true }), `Edited first ${id}`);
  await first.getByRole("button", { name: "Submit for review" }).click();
  await expect(first.getByRole("status")).toContainText("Submitted");

  const mine = "My careful rewrite that must not be lost when the save is refused.";
  await fillHydrated(second.getByLabel("What it reveals", { exact: true }), mine);
  await second.getByRole("button", { name: "Submit for review" }).click();
  await expect(second.getByText(/Someone saved this contribution after you opened it/)).toBeVisible();
  await expect(second.getByLabel("What it reveals", { exact: true })).toHaveValue(mine);

  await first.goto(`${url}?compare=1..2`);
  await expect(first.getByText(`+ title: Edited first ${id}`)).toBeVisible();
  await context.close();
});

test("votes count once per person, and too many reports are refused with the time to wait", async ({ browser }) => {
  const id = unique();
  const author = await newPage(browser);
  await signIn(author, `Voted ${id}`, "Contributor");
  const { url } = await submitTechnique(author, `Worth a vote ${id}`);
  const moderator = await newPage(browser);
  await signIn(moderator, `Mod ${id}`, "Moderator");
  await moderator.goto(url);
  await moderator.getByRole("button", { name: "Save review" }).click();
  await expect(moderator.getByRole("status")).toContainText("Review saved");

  const reader = await newPage(browser);
  await signIn(reader, `Reader ${id}`, "Contributor");
  await reader.goto(url);
  await reader.getByRole("button", { name: "This helped · 0" }).click();
  await expect(reader.getByRole("button", { name: /You found this helpful \(undo\) · 1/ })).toBeVisible();
  await reader.getByRole("button", { name: /undo/ }).click();
  await expect(reader.getByRole("button", { name: "This helped · 0" })).toBeVisible();

  test.setTimeout(180_000);
  await awaitRoomInWindow("contributionReport", 60);
  for (let i = 0; i < 5; i++) {
    await reader.goto(url);
    await reader.getByText("Report a problem with this contribution").click();
    await reader.getByLabel("What is wrong?", { exact: true }).fill(`The second step leaks the token (${i}).`);
    await reader.getByRole("button", { name: "Send report" }).click();
    await expect(reader.getByText("Thank you: a moderator will look")).toBeVisible();
  }
  await reader.goto(url);
  await reader.getByText("Report a problem with this contribution").click();
  await reader.getByLabel("What is wrong?", { exact: true }).fill("One report too many.");
  await reader.getByRole("button", { name: "Send report" }).click();
  await expect(
    reader.getByText(/sent several reports in a short time\. Try again in \d+ (seconds?|minutes?)\./),
  ).toBeVisible();
});

test("signed out, contributing asks to sign in; the queue and admin pages do not exist for contributors", async ({
  page,
}) => {
  await page.goto("/contribute");
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fcontribute|\/sign-in\?returnTo=\/contribute/);
  await expectNoAxeViolations(page);
  await signIn(page, `Plain ${unique()}`, "Contributor", "/contribute");
  await expect(page.getByRole("heading", { name: "Contribute" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect((await page.goto("/moderation"))!.status()).toBe(404);
  expect((await page.goto("/admin"))!.status()).toBe(404);
  await page.goto("/");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await page.goto("/me/contributions"))!.url()).toContain("/sign-in");
});

test("an admin changes a role, and the audit log shows who, what and the before and after", async ({ browser }) => {
  const id = unique();
  const person = await newPage(browser);
  await signIn(person, `Promoted ${id}`, "Contributor");
  const admin = await newPage(browser);
  await signIn(admin, `Admin ${id}`, "Admin");
  await admin.goto("/admin");
  await admin.getByLabel(`Role of Promoted ${id}`).selectOption("MODERATOR");
  const row = admin.getByRole("listitem").filter({ hasText: `Promoted ${id}` });
  await row.getByRole("button", { name: "Save role" }).click();
  await expect(row.getByText("Saved.")).toBeVisible();
  await admin.reload();
  const entry = admin
    .getByRole("row")
    .filter({ hasText: `Admin ${id}` })
    .filter({ hasText: '"MODERATOR"' });
  await expect(entry).toContainText("user.role");
  await expect(entry).toContainText('{"role":"CONTRIBUTOR"}');
  await person.goto("/moderation");
  await expect(person.getByRole("heading", { name: "Moderation queue" })).toBeVisible();
});
