import { expect, test } from "@playwright/test";

import { newPage, signIn, unique } from "./contribution-helpers";
import { expectNoAxeViolations, fillHydrated } from "./fixtures";
import { fetchRunbook, routeToResolution, visibleLabel } from "./runbook-helpers";

const STEP = "fix-log-rotation";

test("a runbook change starts from a step, is refused until the validator accepts it, and once approved the step shows it", async ({
  browser,
  request,
}) => {
  // Three people, two sign-ins, two submissions, a review and an axe scan: over a minute on a loaded CI machine.
  test.setTimeout(150_000);
  const id = unique();
  // Someone in the middle of a walk while the change is approved.
  const before = await fetchRunbook(request, "monitoring-overhead");
  const walker = await newPage(browser);
  await walker.goto("/runbooks/monitoring-overhead");
  await expect(walker.getByText(`version ${before.version}`, { exact: false }).first()).toBeVisible();
  const newTitle = `Cap, rotate and alert on every log sink ${id}`;
  const author = await newPage(browser);
  await signIn(author, `Editor ${id}`, "Contributor");
  // Any step can be the start, questions included.
  await author.goto("/runbooks/monitoring-overhead");
  await author.getByRole("link", { name: "Suggest a change to this step" }).click();
  await expect(author.getByLabel("Proposed steps (YAML)", { exact: true })).toHaveValue(/- id: who-runs-what\n/);
  await author.goto("/runbooks/monitoring-overhead/flowchart");
  await author.locator(`svg a[data-node="${STEP}"]`).click();
  await expect(author.locator("#step-heading")).not.toHaveText(newTitle);
  // The step's page is served from the page cache from its second request on.
  const stepUrl = author.url();
  await author.goto(stepUrl);
  expect((await author.request.get(stepUrl)).headers()["x-nextjs-cache"]).toBe("HIT");
  await author.getByRole("link", { name: "Suggest a change to this step" }).click();

  // The form starts from the step as served now.
  await expect(author.getByRole("radio", { name: /Runbook change/ })).toBeChecked();
  await expect(author.getByLabel("Category", { exact: true })).toHaveValue("monitoring-overhead");
  const proposal = author.getByLabel("Proposed steps (YAML)", { exact: true });
  await expect(proposal).toHaveValue(new RegExp(`id: ${STEP}\\n`));
  const current = await proposal.inputValue();

  // A step that breaks the schema is refused with the step and field named; nothing typed is lost.
  await fillHydrated(proposal, current.replace("kind: resolution", "kind: diagnostic"));
  await author.getByLabel("Title", { exact: true }).fill(`Alert before log disks fill ${id}`);
  await author
    .getByLabel(/^Why this change \(Markdown\)/)
    .fill("Rotation alone still lets a burst fill the disk between rotations; an alert at 80 % gives time to act.");
  await author.getByRole("button", { name: "Submit for review" }).click();
  await expect(author.locator("#proposal-error")).toContainText(`Step 1 ("${STEP}"): commands`);
  await expect(proposal).toHaveValue(/kind: diagnostic/);

  await proposal.fill(current.replace(/title: .*/, `title: ${newTitle}`));
  await author.getByRole("button", { name: "Submit for review" }).click();
  await expect(author.getByRole("status").filter({ hasText: "Submitted" })).toBeVisible();
  const url = author.url().replace(/\?.*$/, "");

  // The same proposal a second time: the queue will say it is already in the runbook once the first is approved.
  await author.goto(`/contribute?kind=runbook-change&category=monitoring-overhead&step=monitoring-overhead/${STEP}`);
  await fillHydrated(
    author.getByLabel("Proposed steps (YAML)", { exact: true }),
    current.replace(/title: .*/, `title: ${newTitle}`),
  );
  await author.getByLabel("Title", { exact: true }).fill(`Same alert, proposed twice ${id}`);
  await author
    .getByLabel(/^Why this change \(Markdown\)/)
    .fill("Rotation is not enough on its own; I proposed this before I saw the other one.");
  await author.getByRole("button", { name: "Submit for review" }).click();
  await expect(author.getByRole("status").filter({ hasText: "Submitted" })).toBeVisible();

  // The moderator sees the diff against the served runbook and the validator's verdict.
  const moderator = await newPage(browser);
  await signIn(moderator, `Reviewer ${id}`, "Moderator");
  await moderator.goto(url);
  await expect(moderator.getByText("Applies cleanly: the runbook validator accepts the result.")).toBeVisible();
  const diff = moderator.getByRole("region", { name: /Changes to the runbook/ }).locator("pre");
  await expect(diff).toContainText(`+ title: ${newTitle}`);
  await expect(diff).toContainText("- title: ");
  await expectNoAxeViolations(moderator);
  await moderator.getByRole("button", { name: "Save review" }).click();
  await expect(moderator.getByRole("status").filter({ hasText: "Review saved" })).toBeVisible();

  await moderator.goto("/moderation?kind=RUNBOOK_CHANGE");
  await expect(moderator.getByRole("listitem").filter({ hasText: `Same alert, proposed twice ${id}` })).toContainText(
    "already in the runbook",
  );

  // The walker's next request for steps ahead learns of the new version: the page loads afresh, at the same step.
  const firstAnswer = routeToResolution(before, 2).steps[0]!;
  await walker.getByRole("link", { name: visibleLabel(firstAnswer.answerLabel), exact: true }).click();
  await expect(walker.getByText(`Runbook · `).first()).toContainText(`version ${before.version + 1}`);
  await expect(walker.locator("#step-heading")).not.toHaveText(firstAnswer.node.title);

  // The cached step shows the approved change at once, and the runbook serves the new step, which credits it.
  await author.goto(stepUrl);
  await expect(author.locator("#step-heading")).toHaveText(newTitle);
  await author.goto("/runbooks/monitoring-overhead/flowchart");
  await author.locator(`svg a[data-node="${STEP}"]`).click();
  await expect(author.getByRole("heading", { name: newTitle })).toBeVisible();
  await expect(author.getByRole("link", { name: `Alert before log disks fill ${id}` })).toBeVisible();
});
