import type { Signal } from "./schemas";

/** A signal found in a text: which one, and the words that fired it (shown to the person). */
export interface SignalMatch {
  signal: Signal;
  matched: string;
}

export interface CompiledSignal {
  signal: Signal;
  /** Each expression with a lower-case literal that must occur for it to match (a cheap pre-check), if any. */
  expressions: { expression: RegExp; literal: string | null }[];
}

const WORD_CHAR = "[\\p{L}\\p{N}_]";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Phrases match case-insensitively and not glued to a letter or digit on either side, so "401" does not
 * fire inside "4010" and "eacces" not inside "meaccess"; nor after a hyphen, so "Mcp-Name" does not fire
 * inside a "docker-mcp-name" label. Inner whitespace matches any run of it, because pasted logs wrap lines.
 */
function phraseExpression(phrase: string): RegExp {
  const body = phrase.trim().split(/\s+/).map(escapeRegExp).join("\\s+");
  return new RegExp(`(?<!${WORD_CHAR}|${WORD_CHAR}-)${body}(?!${WORD_CHAR})`, "iu");
}

function longestWord(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .reduce((longest, word) => (word.length > longest.length ? word : longest), "");
}

export function compileSignals(signals: Signal[]): CompiledSignal[] {
  return signals.map((signal) => ({
    signal,
    expressions: [
      ...signal.phrases.map((phrase) => ({ expression: phraseExpression(phrase), literal: longestWord(phrase) })),
      // Unicode mode costs case-insensitive matching several times over; only patterns that need it get it.
      ...signal.patterns.map((pattern) => ({
        expression: new RegExp(pattern, /\\[pPu]\{/.test(pattern) ? "iu" : "i"),
        literal: null,
      })),
    ],
  }));
}

/** Longest texts the matcher reads: a pasted log is cut here, as the search query is. */
const MAX_TEXT = 20_000;

/**
 * OAuth errors often arrive inside the redirect URL (`error_description=redirect_uri%20is%20not%20registered`): the
 * escapes of spaces and punctuation are decoded so patterns written for words see words.
 */
function decodeUrlEscapes(text: string): string {
  if (!text.includes("%")) return text;
  return text.replace(/%(2[0-9a-f]|3[a-f]|5[bdf]|7[bd])/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * A sentence wrapped at a fixed width (an issue's text, a terminal's) reads as one line again: most patterns stop at a
 * line break so that one log line's words do not pair with the next's, which made them miss a described symptom
 * whenever its words fell on two lines. A break counts as a wrap after a long line that ends mid-sentence, before an
 * unindented line that goes on in lower case. Log lines start otherwise (a time, a level, indentation), and those
 * that start in lower case are kept apart by their shape: `key=value` pairs, a compose service's `name |` prefix,
 * `npm ERR!`, a dotted exception name (`mcp.shared.exceptions.McpError:`). A form posts its line breaks as CRLF.
 */
const SOFT_WRAP =
  /^([^\n]{60,}[^\s.!?:;,{}[\]])\n(?=[a-z"'(])(?![\w.-]+\s+\||\w+=|npm\s|[\w.]+(?:Error|Exception|Warning)\b)/gm;

function joinSoftWraps(text: string): string {
  if (!text.includes("\n")) return text;
  return text.replace(/\r\n?/g, "\n").replace(SOFT_WRAP, "$1 ");
}

/** Every signal the text fires, strongest first (weight, then the longer match: the more specific words). */
export function matchSignals(compiled: CompiledSignal[], text: string): SignalMatch[] {
  const input = joinSoftWraps(decodeUrlEscapes(text.slice(0, MAX_TEXT)));
  const lower = input.toLowerCase();
  const matches: SignalMatch[] = [];
  // Phrases share literals ("token", "error"): each is searched for once per text, not once per phrase.
  const present = new Map<string, boolean>();
  const contains = (literal: string) => {
    let found = present.get(literal);
    if (found === undefined) present.set(literal, (found = lower.includes(literal)));
    return found;
  };
  for (const { signal, expressions } of compiled) {
    for (const { expression, literal } of expressions) {
      // Most phrases are absent from most pastes: a substring check rules them out before any regex runs.
      if (literal && !contains(literal)) continue;
      const found = expression.exec(input);
      if (found) {
        matches.push({ signal, matched: found[0].slice(0, 120) });
        break;
      }
    }
  }
  return matches.sort((a, b) => b.signal.weight - a.signal.weight || b.matched.length - a.matched.length);
}
