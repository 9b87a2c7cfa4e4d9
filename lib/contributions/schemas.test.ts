import { describe, expect, it } from "vitest";

import { knownIssueFileSchema } from "@/lib/known-issues/schemas";

import { knownIssueFromContribution } from "./community-known-issue";
import { bodyMaxLength, LIMITS } from "./kinds";
import {
  createContributionSchema,
  KNOWN_ISSUE_LIMITS,
  reportSchema,
  reviewContributionSchema,
  type ContributionContent,
} from "./schemas";

// A valid submission of each kind; every string in it is then poisoned in turn.
const common = {
  categorySlug: "token-expiration-issues",
  body: "The client keeps a token past its lifetime and the server answers 401 without saying why.",
  runbookNodes: [],
};
const VALID = {
  DIAGNOSTIC_TECHNIQUE: { title: "Compare exp with the clock", steps: ["Decode the token"], reveals: "Clock skew." },
  RESOLUTION_PROCEDURE: {
    title: "Refresh before expiry",
    steps: ["Refresh at 80% of the lifetime"],
    verification: "No 401 after an hour.",
    prerequisites: "A refresh token.",
  },
  COMMON_SOLUTION: { title: "Sync the server clock", problem: "Tokens fail early.", appliesWhen: "Always." },
  DIAGNOSTIC_TOOL: {
    title: "Probe the metadata endpoint",
    name: "mcp-probe",
    homepage: "https://example.org/mcp-probe",
    license: "Apache-2.0",
    checks: "Protected resource metadata.",
    install: "npm i -g mcp-probe",
    usage: "mcp-probe https://mcp.example.org",
  },
  KNOWN_ISSUE: {
    title: "Refresh fails with invalid_grant",
    errorSignatures: ["invalid_grant: refresh token expired"],
    severity: "medium",
    components: ["sdk: MCP TypeScript SDK 1.24"],
    rootCause: "The SDK caches the refresh token.",
    resolution: ["Upgrade the SDK to 1.25."],
    workaround: "Sign in again.",
    references: ["https://example.org/issues/1"],
  },
  RUNBOOK_CHANGE: {
    title: "Add a clock check",
    proposal:
      "- id: new-step\n  kind: resolution\n  title: Sync the clock\n  body: Enable NTP.\n  steps: [Enable NTP.]\n  verify: It is synced.\n  revisions: [2025-11-25, 2026-07-28]",
  },
} as const;

const cases = Object.entries(VALID).flatMap(([kind, fields]) =>
  Object.entries({ ...common, ...fields }).flatMap(([field, value]) =>
    typeof value === "string" || (Array.isArray(value) && value.length > 0)
      ? [{ kind, field, input: { kind, ...common, ...fields } as Record<string, unknown> }]
      : [],
  ),
);

describe("control characters in contributions", () => {
  it("every valid fixture parses as it is", () => {
    for (const [kind, fields] of Object.entries(VALID)) {
      const parsed = createContributionSchema.safeParse({ kind, ...common, ...fields });
      expect(parsed.error?.issues ?? [], kind).toEqual([]);
    }
  });

  it.each(cases)("a NUL byte in $field of a $kind is refused with a message on that field", ({ field, input }) => {
    const value = input[field];
    const poisoned = Array.isArray(value)
      ? [`${value[0]}\u0000x`]
      : `${String(value).slice(0, 4)}\u0000${String(value).slice(4)}`;
    const parsed = createContributionSchema.safeParse({ ...input, [field]: poisoned });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((issue) => String(issue.path[0]));
    expect(paths).toContain(field);
  });

  it("says what is wrong in words a person can act on", () => {
    const parsed = createContributionSchema.safeParse({
      kind: "COMMON_SOLUTION",
      ...common,
      ...VALID.COMMON_SOLUTION,
      problem: "Tokens\u0000 fail early.",
    });
    expect(parsed.error!.issues[0]!.message).toBe(
      "The problem contains a control character (such as a NUL byte), which text here never holds: remove it.",
    );
  });

  it("refuses a NUL the YAML of a runbook change spells as an escape", () => {
    const proposal = VALID.RUNBOOK_CHANGE.proposal.replace("body: Enable NTP.", 'body: "Enable\\0 NTP."');
    const parsed = createContributionSchema.safeParse({
      kind: "RUNBOOK_CHANGE",
      ...common,
      ...VALID.RUNBOOK_CHANGE,
      proposal,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toContain("control characters");
  });

  it("refuses NUL bytes in review notes and reports", () => {
    const id = "c".repeat(25);
    expect(
      reviewContributionSchema.safeParse({
        id,
        baseVersion: 1,
        decision: "reject",
        note: "Not\u0000 reproducible here.",
      }).success,
    ).toBe(false);
    expect(reportSchema.safeParse({ id, reason: "Spam\u0000 and more spam" }).success).toBe(false);
  });
});

describe("a known-issue contribution is judged by the known-issue file schema at submission", () => {
  const issue = { kind: "KNOWN_ISSUE", ...common, ...VALID.KNOWN_ISSUE };

  it("refuses a description longer than a known issue's symptoms may be, with the file schema's limit", () => {
    const parsed = createContributionSchema.safeParse({ ...issue, body: "Symptoms. ".repeat(400) });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.find((i) => i.path[0] === "body")?.message).toBe(
      `The description can be at most ${KNOWN_ISSUE_LIMITS.body} characters.`,
    );
    expect(KNOWN_ISSUE_LIMITS.body).toBe(knownIssueFileSchema.shape.symptoms.maxLength);
  });

  it("refuses a reference URL longer than a known issue's reference title may be", () => {
    const long = `https://example.org/${"a".repeat(KNOWN_ISSUE_LIMITS.referenceUrl)}`;
    const parsed = createContributionSchema.safeParse({ ...issue, references: [long] });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path[0])).toContain("references");
  });

  it("accepts exactly what approval will publish: every accepted submission converts to a valid file", () => {
    const atLimits = {
      ...issue,
      body: "b".repeat(KNOWN_ISSUE_LIMITS.body),
      references: [`https://example.org/${"a".repeat(KNOWN_ISSUE_LIMITS.referenceUrl - 20)}`],
    };
    const parsed = createContributionSchema.safeParse(atLimits);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const content = parsed.data as Extract<ContributionContent, { kind: "KNOWN_ISSUE" }>;
    expect(() => knownIssueFromContribution("c".repeat(25), content, new Date())).not.toThrow();
  });

  it("keeps the form's counter equal to the schema's limit", () => {
    expect(bodyMaxLength("KNOWN_ISSUE")).toBe(KNOWN_ISSUE_LIMITS.body);
    expect(bodyMaxLength("COMMON_SOLUTION")).toBe(LIMITS.body.max);
  });
});
