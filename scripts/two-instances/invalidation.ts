import { check, pass, sleep } from "./checks";
import { formError, submitForm } from "./forms";
import { me, read, signInOn } from "./portal-client";

// Check 4 of `npm run test:two-instances` (run.ts): a contribution approved by a moderator on instance A (the
// review form, posted as a browser does) shows on the cached category page read on instance B within the limit.

export interface InvalidationSetup {
  A: string;
  B: string;
  nginxBase: string;
  /** The moderator's session cookie. */
  moderator: string;
  /** A tag unique to this run, in the contribution's title. */
  run: string;
  category: string;
  limitMs: number;
}

/** Runs the check; returns its numbers (the delay a reader of B saw, and what B answered meanwhile). */
export async function checkApprovalReachesB({ A, B, nginxBase, moderator, run, category, limitMs }: InvalidationSetup) {
  const categoryPage = `/categories/${category}`;
  // A form (server action) through nginx: Next.js compares its Origin with the Host nginx passes on.
  const author = await signInOn(nginxBase, `Author ${run}`, "CONTRIBUTOR");
  const authorOnB = await me(B, author);
  if (check(authorOnB?.name === `Author ${run}`, `signed in through nginx, B sees ${JSON.stringify(authorOnB)}`))
    pass("the sign-in form works through nginx; B knows the session");
  const title = `Two instances check ${run}`;
  const created = await fetch(`${B}/api/contributions`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: author },
    body: JSON.stringify({
      kind: "COMMON_SOLUTION",
      title,
      categorySlug: category,
      body: "Restart the agent after rotating the client secret so it stops presenting the old one.",
      problem: "The agent keeps presenting a rotated secret.",
    }),
  });
  const contribution = (await created.json()) as { id?: string; status?: string };
  if (created.status !== 201 || contribution.status !== "SUBMITTED") {
    throw new Error(`submitting a contribution on B answered ${created.status} ${JSON.stringify(contribution)}`);
  }
  const before = [await read(B, categoryPage), await read(B, categoryPage), await read(A, categoryPage)];
  check(before[1]!.cache === "HIT", `B did not serve ${categoryPage} from its cache: ${before[1]!.cache}`);
  check(
    before.every((p) => p.status === 200 && !p.html.includes(title)),
    `${categoryPage} showed the contribution before it was approved`,
  );
  // B is read without pause from before the approval until it serves the new content, so that its last
  // look at the content version is as recent as it gets: the delay measured is the one a reader sees.
  const reads: { sentAt: number; at: number; fresh: boolean }[] = [];
  let approved = Infinity;
  let stopReading = false;
  const reader = (async () => {
    while (!stopReading && performance.now() - approved < 5_000) {
      const sentAt = performance.now();
      const page = await read(B, categoryPage);
      const fresh = page.status === 200 && page.html.includes(title);
      reads.push({ sentAt, at: performance.now(), fresh });
      if (fresh) break;
      await sleep(10);
    }
  })();
  await sleep(1_000);
  const sent = performance.now();
  const review = await submitForm(
    A,
    `/contributions/${contribution.id}`,
    "Save review",
    { decision: "approve" },
    moderator,
  ).finally(() => (approved = performance.now()));
  if (review.status !== 303 || !review.location?.includes("reviewed=approved")) {
    stopReading = true;
    await reader;
    throw new Error(
      `the review on A answered ${review.status} ${review.location ?? ""} ${formError(review.body) || review.body.slice(0, 300)}`,
    );
  }
  pass(`approved on A in ${Math.round(approved - sent)} ms (the review form, posted as a browser does)`);
  const onAAfter = await read(A, categoryPage);
  check(onAAfter.html.includes(title), "A, where the approval happened, still served the old page");
  await reader;
  check(
    reads.filter((r) => r.sentAt < sent).every((r) => !r.fresh),
    "B showed the contribution before it was approved",
  );
  const firstFresh = reads.find((r) => r.fresh);
  const staleAfter = reads.filter((r) => !r.fresh && r.sentAt > approved);
  const delayMs = firstFresh ? Math.round(firstFresh.at - approved) : null;
  const invalidation = {
    delayMs,
    approvalMs: Math.round(approved - sent),
    readsOfBDuringApproval: reads.filter((r) => r.sentAt >= sent && r.sentAt <= approved).length,
    staleReadsAfterApproval: staleAfter.length,
    lastStaleReadSentAfterMs: staleAfter.length ? Math.round(staleAfter.at(-1)!.sentAt - approved) : null,
    freshReadTookMs: firstFresh ? Math.round(firstFresh.at - firstFresh.sentAt) : null,
  };
  if (
    check(
      delayMs !== null && delayMs <= limitMs,
      delayMs === null
        ? "B still served the page without the approved contribution 5 s after the approval"
        : `B served the new content ${delayMs} ms after the approval (limit ${limitMs} ms)`,
    )
  )
    pass(`B served the new content ${delayMs} ms after the approval answered: ${JSON.stringify(invalidation)}`);
  const afterViaNginx = [await read(nginxBase, categoryPage), await read(nginxBase, categoryPage)];
  check(
    afterViaNginx.every((p) => p.html.includes(title)),
    "through nginx an instance still served the page without the approved contribution",
  );
  return invalidation;
}
