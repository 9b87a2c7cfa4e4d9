import { PROTOCOL_REVISIONS } from "@/lib/revisions/protocol-revisions";

import type { RunbookDefinition, RunbookNode } from "./schemas";

const ALL = [...PROTOCOL_REVISIONS];

// A small runbook for tests: root question → diagnostic → two resolutions (each, when it did not help, → the
// owner), or → escalation.
export function fixtureRunbook(overrides: Partial<RunbookDefinition> = {}): RunbookDefinition {
  const nodes: RunbookNode[] = [
    {
      id: "start",
      kind: "question",
      revisions: ALL,
      title: "What fails?",
      body: "Pick one.",
      references: [],
      answers: [
        { id: "token", label: "The token is rejected", next: "inspect" },
        { id: "other", label: "The server is down", next: "escalate" },
        { id: "cant-tell", label: "Can't tell", next: "inspect" },
      ],
    },
    {
      id: "inspect",
      kind: "diagnostic",
      revisions: ALL,
      title: "Inspect the token",
      body: "Decode it.",
      references: [],
      commands: [
        { label: "Decode", language: "bash", code: ': "${TOKEN:?set TOKEN}"\njq -R \'split(".")\' <<<"$TOKEN"' },
      ],
      expected: "`aud` is the server.",
      answers: [
        { id: "expired", label: "`exp` is in the past", next: "refresh" },
        { id: "aud", label: "Wrong audience", next: "fix-aud" },
      ],
    },
    {
      id: "refresh",
      kind: "resolution",
      revisions: ALL,
      title: "Refresh before expiry",
      body: "Tokens expire.",
      references: [],
      steps: ["Refresh 60 s early.", "Store the rotated refresh token."],
      verify: "Run for two hours.",
      answers: [{ id: "didnt-help", label: "Didn't help: the token is still rejected", next: "ask-owner" }],
    },
    {
      id: "fix-aud",
      kind: "resolution",
      revisions: ALL,
      title: "Send the resource parameter",
      body: "RFC 8707.",
      references: [],
      steps: ["Add `resource=$MCP_URL`."],
      verify: "`aud` matches.",
      answers: [{ id: "didnt-help", label: "Didn't help: the audience is still wrong", next: "ask-owner" }],
    },
    {
      id: "escalate",
      kind: "escalation",
      revisions: ALL,
      title: "Ask the community",
      body: "Bring evidence.",
      references: [],
      collect: ["The error text"],
    },
    {
      id: "ask-owner",
      kind: "escalation",
      revisions: ALL,
      title: "Ask the server's owner",
      body: "The fix did not help.",
      references: [],
      collect: ["The token's claims, without the signature"],
    },
  ];
  return {
    category: "token-expiration-issues",
    title: "Fixture runbook",
    summary: "For tests.",
    root: "start",
    nodes,
    ...overrides,
  };
}
