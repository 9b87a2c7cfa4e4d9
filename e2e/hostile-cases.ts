// Paths an attacker or a broken client sends: a NUL byte (PostgreSQL refuses it in text) and percent-
// encodings that do not decode. Shared by e2e/hostile-requests.spec.ts and scripts/resilience (check 4).

export const NUL_PATHS = [
  "/api/search?q=%00",
  "/categories/%00",
  "/known-issues/%00",
  "/contributions/%00",
  "/runbooks/%00",
  "/api/runbooks/%00",
  "/runbooks/%00/flowchart",
  "/runbooks/token-expiration-issues/%00",
];

export const MALFORMED_PATHS = [
  "/api/runbooks/%ZZ",
  "/runbooks/%C0%AF",
  "/contributions/%",
  "/categories/%E0%A4%A",
  "/known-issues/%ZZ",
];
