// Pasted errors carry noise that differs between two sightings of the same failure: timestamps, ids,
// hosts, ports, file paths, numbers. Normalizing both the stored signatures and the pasted text the same
// way lets trigram and full-text matching see the part that stays the same.

const RULES: [RegExp, string][] = [
  // ANSI colour codes from terminals.
  [/\u001b\[[0-9;]*m/g, " "],
  // Stack frames and log prefixes: "at fn (/app/x.js:1:2)", "    at /app/x.js:1:2".
  [/^\s*at .*$/gm, " "],
  // Timestamps: ISO 8601, "2026-11-25 10:00:01,123", syslog "Nov 25 10:00:01", bracketed times.
  [/\b\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:z|[+-]\d{2}:?\d{2})?\b/gi, " "],
  [/\b\d{4}-\d{2}-\d{2}\b/g, " "],
  [/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec) +\d{1,2} \d{2}:\d{2}:\d{2}\b/gi, " "],
  [/\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g, " "],
  // Labelled ids go first, so the label does not outlive its value: "Trace ID: …", "x-request-id=…".
  [/\b(?:x-)?(?:request|trace|correlation|span)[ _-]?id[\s:=]+\S+/gi, " "],
  // UUIDs and long hex ids (request ids, trace ids, hashes, pointers).
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, " "],
  [/\b0x[0-9a-f]+\b/gi, " "],
  [/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/gi, " "],
  // Prefixed ids: req_abc123, ofid_027bfef7df1ab3f5, "request id: …", "trace-id=…".
  [/\b(?:req|request|trace|span|correlation|session|ofid|id)[_-][a-z0-9]{6,}\b/gi, " "],
  // JWTs and bearer tokens: never part of a signature, and never worth indexing.
  [/\beyJ[\w-]+\.[\w-]+\.[\w-]*/g, " "],
  [/\bbearer\s+[\w.~+/-]{16,}=*/gi, "bearer "],
  // URLs keep their path (".well-known/oauth-protected-resource" is distinctive) but lose scheme, host, port.
  [/\b[a-z][a-z0-9+.-]*:\/\/[^\s/'"<>]+/gi, " "],
  // File paths: absolute or with a source-file extension, including line:column suffixes.
  [/(?:[a-z]:\\|\\\\)[^\s'"<>]+/gi, " "],
  [/(?:^|\s|\()(?:\/(?:home|usr|var|opt|tmp|app|srv|etc|root|users|private|workspace)\/)[^\s'"<>)]*/gi, " "],
  [/[\w./\\-]*\.(?:js|mjs|cjs|ts|tsx|py|java|kt|go|rs|rb|cs|php|swift|log)(?::\d+)*\b/gi, " "],
  // Bare IPv4/IPv6 addresses and host names with a port or a known suffix.
  [/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g, " "],
  [/\[[0-9a-f:]+\](?::\d+)?/gi, " "],
  [/\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|ai|app|cloud|internal|local|corp|lan|example|test)(?::\d+)?\b/gi, " "],
  [/\blocalhost(?::\d+)?\b/gi, " localhost "],
  // Remaining numbers, except HTTP statuses and JSON-RPC error codes, which identify the failure.
  [/(?<![\w-])(?!-32\d{3}\b)(?![1-5]\d\d\b)-?\d+(?:\.\d+)?(?!\w)/g, " "],
  // Log levels at the start of a line ("ERROR", "[warn]"), which differ between loggers.
  [/^\s*\[?(?:ERROR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|error|warn|info|debug)\]?:?(?=\s)/gm, " "],
  // Punctuation that only separates words.
  [/["'`“”‘’()[\]{}<>,;|*=!?]+/g, " "],
  [/(?<!\w):|:(?!\w)/g, " "],
];

export function normalizeError(text: string): string {
  let result = text;
  for (const [pattern, replacement] of RULES) result = result.replace(pattern, replacement);
  return result
    .toLowerCase()
    .replace(/\s+\.+(?=\s|$)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
