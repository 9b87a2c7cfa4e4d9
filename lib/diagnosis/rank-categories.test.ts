import { describe, expect, it } from "vitest";

import type { SignalMatch } from "@/lib/signals/match-signals";
import type { Signal } from "@/lib/signals/schemas";

import { trainClassifier, classify } from "./category-classifier";
import { entrySteps } from "./diagnosis-model";
import { rankCategories, type Evidence } from "./rank-categories";

const match = (id: string, weight: number, categories: string[], steps: string[]): SignalMatch => ({
  signal: { id, weight, categories, steps } as Signal,
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
      category: "token-expiration-issues",
      text: "the access token expired after an hour; refresh token rotation",
      weight: 1,
    },
    { category: "monitoring-overhead", text: "debug logging fills the disk; log volume and log storms", weight: 1 },
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
});
