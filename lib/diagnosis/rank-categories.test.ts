import { describe, expect, it } from "vitest";

import type { CompiledSignal, SignalMatch } from "@/lib/signals/match-signals";
import type { Signal } from "@/lib/signals/schemas";

import { trainClassifier, classify } from "./category-classifier";
import { entrySteps, stepTrainingTexts } from "./diagnosis-model";
import { rankCategories, type Evidence } from "./rank-categories";

const match = (
  id: string,
  weight: number,
  categories: string[],
  steps: string[],
  decidesStep = false,
): SignalMatch => ({
  signal: { id, weight, categories, steps, decidesStep } as Signal,
  matched: id,
});
const evidence = (id: string, categorySlug: string, signatureScore: number, steps: string[] = []): Evidence => ({
  id,
  type: "KNOWN_ISSUE",
  categorySlug,
  title: id,
  url: `/known-issues/${id}`,
  score: 3,
  signatureScore,
  coverage: 0.5,
  steps,
});

describe("rankCategories", () => {
  it("lets a specific signal outweigh results that merely share words", () => {
    const votes = rankCategories(
      [match("x509", 3, ["network-security-issues"], ["network-security-issues/inspect-tls-chain"])],
      [evidence("a", "encryption-performance-issues", 0.2), evidence("b", "encryption-performance-issues", 0.1)],
    );
    expect(votes[0]).toMatchObject({
      slug: "network-security-issues",
      step: "network-security-issues/inspect-tls-chain",
    });
    expect(votes[0]!.share).toBeGreaterThan(0.5);
  });

  it("lets context (curl works, the client fails) pick among the steps it names, never beyond them", () => {
    const tls = "network-security-issues";
    const selfSigned = match("self-signed-in-chain", 3, [tls], [`${tls}/inspect-tls-chain`]);
    const pythonVerify = match("python-verify-failed", 2.5, [tls], [`${tls}/inspect-tls-chain`]);
    const proxyEnv = match("aiohttp-trust-env", 3, [tls], [`${tls}/fix-client-ignores-proxy-env`]);
    const worksWithCurl = match(
      "works-elsewhere",
      1.5,
      [tls],
      [`${tls}/check-client-process-env`, `${tls}/inspect-tls-chain`],
      true,
    );
    expect(rankCategories([selfSigned, pythonVerify], [])[0]!.step).toBe(`${tls}/inspect-tls-chain`);
    expect(rankCategories([selfSigned, pythonVerify, worksWithCurl], [])[0]!.step).toBe(
      `${tls}/check-client-process-env`,
    );
    expect(rankCategories([proxyEnv, worksWithCurl], [])[0]!.step).toBe(`${tls}/fix-client-ignores-proxy-env`);
  });

  it("weighs a generic envelope less once the message inside it is recognised", () => {
    const internalError = match("jsonrpc-internal-error", 1, ["permission-denied-errors"], []);
    const tooManyRequests = match("http-429", 1.5, ["rate-limiting-problems"], []);
    const scoreOf = (votes: ReturnType<typeof rankCategories>, slug: string) =>
      votes.find((vote) => vote.slug === slug)?.score;
    expect(scoreOf(rankCategories([internalError], []), "permission-denied-errors")).toBe(1);
    const both = rankCategories([internalError, tooManyRequests], []);
    expect(scoreOf(both, "permission-denied-errors")).toBe(0.5);
    expect(both[0]!.slug).toBe("rate-limiting-problems");
  });

  it("counts a known issue whose signature matches as strong evidence, and enters its fix through the diagnostic", () => {
    const entry = new Map([["token-expiration-issues/fix-clock-sync", "token-expiration-issues/check-clock-skew"]]);
    const votes = rankCategories(
      [match("generic-401", 0.5, ["ai-agent-authentication-failures"], ["ai-agent-authentication-failures/probe"])],
      [evidence("k", "token-expiration-issues", 0.9, ["token-expiration-issues/fix-clock-sync"])],
      null,
      entry,
    );
    expect(votes[0]).toMatchObject({
      slug: "token-expiration-issues",
      step: "token-expiration-issues/check-clock-skew",
    });
  });

  it("adds the classifier's probabilities and returns nothing without any evidence", () => {
    const votes = rankCategories(
      [],
      [],
      new Map([
        ["monitoring-overhead", 0.7],
        ["token-expiration-issues", 0.3],
      ]),
    );
    expect(votes.map((v) => v.slug)).toEqual(["monitoring-overhead", "token-expiration-issues"]);
    expect(rankCategories([], [])).toEqual([]);
  });

  it("takes a step from the category's step classifier where no result named one, never over a signature match", () => {
    const classifySteps = (slug: string) =>
      slug === "token-expiration-issues"
        ? new Map([
            ["token-expiration-issues/check-refresh-token-issued", 0.8],
            ["token-expiration-issues/when-does-it-fail", 0.2],
          ])
        : null;
    const classified = new Map([["token-expiration-issues", 1]]);
    const guessed = rankCategories([], [], classified, new Map(), classifySteps);
    expect(guessed[0]!.step).toBe("token-expiration-issues/check-refresh-token-issued");
    const sighted = rankCategories(
      [],
      [evidence("k", "token-expiration-issues", 0.9, ["token-expiration-issues/check-clock-skew"])],
      classified,
      new Map(),
      classifySteps,
    );
    expect(sighted[0]!.step).toBe("token-expiration-issues/check-clock-skew");
    // Step votes never move a category.
    expect(sighted.map((v) => v.score)).toEqual(
      rankCategories([], [evidence("k", "token-expiration-issues", 0.9)], classified).map((v) => v.score),
    );
  });

  it("prefers a diagnostic to a question with somewhat more votes: a question is a branching point", () => {
    const results = [
      evidence("generic", "token-expiration-issues", 0.9, ["token-expiration-issues/when-does-it-fail"]),
      evidence("specific", "token-expiration-issues", 0.6, ["token-expiration-issues/inspect-access-token"]),
    ];
    const questions = new Set(["token-expiration-issues/when-does-it-fail"]);
    expect(rankCategories([], results)[0]!.step).toBe("token-expiration-issues/when-does-it-fail");
    expect(rankCategories([], results, null, new Map(), undefined, questions)[0]!.step).toBe(
      "token-expiration-issues/inspect-access-token",
    );
  });

  it("takes a recognised message that names a question at its word, a phrasing signal at a quarter", () => {
    const question = "ai-agent-authentication-failures/check-authorize-error";
    const questions = new Set([question]);
    const results = [
      evidence("dcr", "ai-agent-authentication-failures", 0.9, ["ai-agent-authentication-failures/probe-registration"]),
    ];
    const named = (weight: number) =>
      rankCategories(
        [match("redirect", weight, ["ai-agent-authentication-failures"], [question])],
        results,
        null,
        new Map(),
        undefined,
        questions,
      )[0]!.step;
    expect(named(2.5)).toBe(question);
    expect(named(2)).toBe("ai-agent-authentication-failures/probe-registration");
  });

  it("weighs the classifier less once a specific signal fired, but not beside a generic one", () => {
    const classified = new Map([
      ["network-security-issues", 0.7],
      ["encryption-performance-issues", 0.3],
    ]);
    const specific = match("handshake-per-request", 1.5, ["encryption-performance-issues"], []);
    const generic = match("http-403-bare", 1, ["encryption-performance-issues"], []);
    expect(rankCategories([specific], [], classified)[0]!.slug).toBe("encryption-performance-issues");
    expect(rankCategories([generic], [], classified)[0]!.slug).toBe("network-security-issues");
  });
});

describe("the content classifier", () => {
  const model = trainClassifier([
    {
      label: "token-expiration-issues",
      text: "the access token expired after an hour; refresh token rotation",
      weight: 1,
    },
    { label: "monitoring-overhead", text: "debug logging fills the disk; log volume and log storms", weight: 1 },
  ]);

  it("is deterministic and puts a described symptom in the category whose content uses its words", () => {
    const first = classify(model, "my logs fill the disk every day");
    expect(first?.get("monitoring-overhead")).toBeGreaterThan(0.5);
    expect(classify(trainClassifier([...[]]), "anything")).toBeNull();
    expect(classify(model, "my logs fill the disk every day")).toEqual(first);
  });

  it("knows nothing of words it never saw", () => {
    expect(classify(model, "zzqx plorkish")).toBeNull();
  });
});

describe("entrySteps", () => {
  it("maps each resolution to the diagnostic whose answer leads to it", () => {
    const definition = {
      nodes: [
        {
          id: "q",
          kind: "question",
          answers: [
            { id: "a", next: "d" },
            { id: "b", next: "fix-b" },
          ],
        },
        { id: "d", kind: "diagnostic", answers: [{ id: "c", next: "fix-b" }] },
        { id: "fix-b", kind: "resolution" },
      ],
    };
    const entry = entrySteps([{ slug: "r", definition: definition as never }]);
    expect(entry.get("r/fix-b")).toBe("r/d");
    expect(entry.has("r/d")).toBe(false);
  });

  it("prefers, of several diagnostics leading to a fix, the one that reaches it by the most findings", () => {
    // As in the security-configuration runbook: the CORS preflight check sends one finding to the Host/Origin
    // allowlist fix, the Host/Origin check two; a vote for that fix starts at the Host/Origin check.
    const definition = {
      nodes: [
        { id: "cors", kind: "diagnostic", answers: [{ id: "host", next: "fix-allowlist" }] },
        {
          id: "host-origin",
          kind: "diagnostic",
          answers: [
            { id: "host-rejected", next: "fix-allowlist" },
            { id: "origin-rejected", next: "fix-allowlist" },
          ],
        },
        { id: "other", kind: "diagnostic", answers: [{ id: "x", next: "fix-other" }] },
        { id: "also-other", kind: "diagnostic", answers: [{ id: "y", next: "fix-other" }] },
        { id: "fix-allowlist", kind: "resolution" },
        { id: "fix-other", kind: "resolution" },
      ],
    };
    const entry = entrySteps([{ slug: "r", definition: definition as never }]);
    expect(entry.get("r/fix-allowlist")).toBe("r/host-origin");
    // A tie keeps the first listed.
    expect(entry.get("r/fix-other")).toBe("r/other");
  });
});

describe("stepTrainingTexts", () => {
  const row = (id: string, type: string, text: string, runbookNodes: string[] = []) => ({
    id,
    category: "r",
    type,
    title: id,
    url: `/${id}`,
    text,
    runbookNodes,
  });

  it("labels steps, known issues and signals by the entry step, per category, a shared known issue in part", () => {
    const entry = new Map([["r/fix-b", "r/d"]]);
    const signal = {
      signal: { phrases: ["clock skew"], explanation: "clocks differ", examples: [], steps: ["r/fix-b"] },
    } as unknown as CompiledSignal;
    const texts = stepTrainingTexts(
      [
        row("runbook-node:r/d", "RUNBOOK_NODE", "check the token's exp claim"),
        row("known-issue:k", "KNOWN_ISSUE", "token expired after an hour", ["r/fix-b", "s/q"]),
        row("category:r", "CATEGORY", "tokens"),
      ],
      [signal],
      entry,
    );
    const byCategory = Object.fromEntries(texts.map(({ category, texts }) => [category, texts]));
    expect(byCategory["r"]).toEqual([
      { label: "r/d", text: "check the token's exp claim", weight: 1 },
      { label: "r/d", text: "token expired after an hour", weight: 0.5 },
      { label: "r/d", text: "clock skew\nclocks differ", weight: 1 },
    ]);
    expect(byCategory["s"]).toEqual([{ label: "s/q", text: "token expired after an hour", weight: 0.5 }]);
  });
});
