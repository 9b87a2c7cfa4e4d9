import { describe, expect, it } from "vitest";

import { compileSignals, matchSignals } from "./match-signals";
import { signalSchema, type Signal } from "./schemas";

const signal = (overrides: Partial<Signal> & Pick<Signal, "id">): Signal =>
  signalSchema.parse({
    categories: ["network-security-issues"],
    steps: ["network-security-issues/inspect-tls-chain"],
    explanation: "An explanation of at least ten characters.",
    source: "https://example.org/source",
    examples: ["example"],
    ...overrides,
  });

describe("matchSignals", () => {
  const compiled = compileSignals([
    signal({ id: "status-401", phrases: ["401"], weight: 0.5 }),
    signal({ id: "mcp-name", phrases: ["Mcp-Name"], weight: 1.5 }),
    signal({ id: "x509-unknown", phrases: ["x509: certificate signed by unknown authority"], weight: 2 }),
    signal({ id: "entra-code", patterns: ["AADSTS\\d{5,7}"], weight: 1 }),
  ]);
  const ids = (text: string) => matchSignals(compiled, text).map((m) => m.signal.id);

  it("matches phrases case-insensitively across wrapped whitespace", () => {
    expect(ids("Get https://x: X509:  certificate signed\n  by unknown AUTHORITY")).toEqual(["x509-unknown"]);
  });

  it("never fires inside a longer word, number or hyphenated label", () => {
    expect(ids("error 4010 at line 14011")).toEqual([]);
    expect(ids("-l docker-mcp-name=github-official")).toEqual([]);
    expect(ids("Header mismatch: Mcp-Name header differs")).toEqual(["mcp-name"]);
  });

  it("runs patterns and orders the strongest signal first, with the words that fired it", () => {
    const matches = matchSignals(compiled, "HTTP 401: AADSTS700016 x509: certificate signed by unknown authority");
    expect(matches.map((m) => m.signal.id)).toEqual(["x509-unknown", "entra-code", "status-401"]);
    expect(matches[1]!.matched).toBe("AADSTS700016");
  });

  it("reads an error that came back URL-encoded in a redirect as words", () => {
    const notRegistered = compileSignals([
      signal({ id: "redirect-not-registered", patterns: ["\\bredirect_uri\\s+is\\s+not\\s+registered\\b"] }),
    ]);
    const url =
      "https://id.example.com/error?error=unauthorized_client&error_description=redirect_uri%20is%20not%20registered";
    expect(matchSignals(notRegistered, url).map((m) => m.signal.id)).toEqual(["redirect-not-registered"]);
    expect(matchSignals(notRegistered, "redirect_uri%2520is%2520not%2520registered")).toEqual([]);
  });

  it("reads a sentence wrapped at a fixed width as one line, but keeps log lines apart", () => {
    const again = compileSignals([
      signal({
        id: "asks-again",
        patterns: ["\\balways\\s+allow\\b[^\\n]{0,160}\\basks\\s+for\\s+permission\\s+again\\b"],
      }),
    ]);
    const wrapped =
      'In Codex Desktop with a browser MCP server I choose "Always allow" in the\npermission dialog, but the next call asks for permission again.';
    expect(matchSignals(again, wrapped).map((m) => m.signal.id)).toEqual(["asks-again"]);
    const logLines =
      "2026-11-30T10:00:01Z INFO tool approval set to always allow for the read tools\n2026-11-30T10:00:02Z WARN client asks for permission again";
    expect(matchSignals(again, logLines)).toEqual([]);
    const shortLine = "Always allow\nasks for permission again";
    expect(matchSignals(again, shortLine)).toEqual([]);
    // As a form posts it.
    expect(matchSignals(again, wrapped.replace("\n", "\r\n")).map((m) => m.signal.id)).toEqual(["asks-again"]);
    const alwaysAllowLine = "tool approval for the read tools of the github server set to always allow by the admin";
    for (const next of [
      'time="2026-11-30T10:00:02Z" level=warn msg="client asks for permission again"',
      "mcp-1  | client asks for permission again",
      "npm ERR! client asks for permission again",
      "mcp.shared.exceptions.McpError: client asks for permission again",
    ]) {
      expect(matchSignals(again, `${alwaysAllowLine}\n${next}`)).toEqual([]);
    }
  });
});

describe("signalSchema", () => {
  it("refuses a signal with nothing to match, a nested quantifier, or a step that is not <runbook>/<node>", () => {
    expect(() => signal({ id: "empty" })).toThrow(/phrase or pattern/);
    expect(() => signal({ id: "redos", patterns: ["(a+)+b"] })).toThrow(/nest quantifiers/);
    expect(() => signal({ id: "bad-step", phrases: ["x"], steps: ["just-a-node"] })).toThrow(/<runbook>\/<node id>/);
  });
});
