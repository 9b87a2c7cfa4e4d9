// Decodes a JWT for inspection only: no signature check (that needs the issuer's keys), and no network.
// Runs in the browser; the token never leaves it.

export type Claims = Record<string, unknown>;

export interface TimeClaim {
  name: "exp" | "nbf" | "iat";
  date: Date;
  /** Seconds from now; negative is in the past. */
  relativeSeconds: number;
}

export interface Warning {
  level: "error" | "warning";
  message: string;
}

export type DecodeResult =
  | { ok: true; header: Claims; payload: Claims; times: TimeClaim[]; warnings: Warning[]; signed: boolean }
  | { ok: false; error: string };

const CLOCK_SKEW_SECONDS = 60;

export function decodeJwt(input: string, now = new Date()): DecodeResult {
  const token = input.trim().replace(/^Bearer\s+/i, "");
  if (!token) return { ok: false, error: "Paste a token to inspect it." };
  const parts = token.split(".");
  if (parts.length === 5) {
    return { ok: false, error: "This is an encrypted token (JWE, five parts): only its issuer can read the claims." };
  }
  if (parts.length !== 3) {
    return {
      ok: false,
      error: `A JWT has three parts separated by dots; this has ${parts.length}. Opaque tokens cannot be decoded: ask the authorization server's introspection endpoint instead.`,
    };
  }
  const header = decodePart(parts[0]!, "header");
  if (typeof header === "string") return { ok: false, error: header };
  const payload = decodePart(parts[1]!, "payload");
  if (typeof payload === "string") return { ok: false, error: payload };

  const nowSeconds = now.getTime() / 1000;
  const times: TimeClaim[] = [];
  for (const name of ["iat", "nbf", "exp"] as const) {
    const value = payload[name];
    if (typeof value === "number")
      times.push({ name, date: new Date(value * 1000), relativeSeconds: Math.round(value - nowSeconds) });
  }
  return {
    ok: true,
    header,
    payload,
    times,
    warnings: warningsFor(header, payload, nowSeconds),
    signed: parts[2] !== "",
  };
}

function decodePart(part: string, name: string): Claims | string {
  if (!/^[A-Za-z0-9_-]*$/.test(part))
    return `The ${name} is not base64url (it contains characters such as + / = or spaces).`;
  try {
    const base64 = part
      .replace(/-/g, "+")
      .replace(/_/g, "/")
      .padEnd(Math.ceil(part.length / 4) * 4, "=");
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (!value || typeof value !== "object" || Array.isArray(value)) return `The ${name} is not a JSON object.`;
    return value as Claims;
  } catch {
    return `The ${name} could not be decoded: it is not base64url-encoded JSON.`;
  }
}

function warningsFor(header: Claims, payload: Claims, nowSeconds: number): Warning[] {
  const warnings: Warning[] = [];
  const { exp, nbf, iat, aud, iss } = payload;
  if (header.alg === "none")
    warnings.push({ level: "error", message: 'alg is "none": the token is unsigned and must be rejected.' });
  if (typeof exp !== "number") warnings.push({ level: "warning", message: "No exp claim: the token never expires." });
  else if (exp < nowSeconds)
    warnings.push({ level: "error", message: `Expired ${formatDuration(nowSeconds - exp)} ago.` });
  if (typeof nbf === "number" && nbf > nowSeconds + CLOCK_SKEW_SECONDS) {
    warnings.push({
      level: "error",
      message: `Not valid yet: nbf is ${formatDuration(nbf - nowSeconds)} in the future (clock skew?).`,
    });
  }
  if (typeof iat === "number" && iat > nowSeconds + CLOCK_SKEW_SECONDS) {
    warnings.push({
      level: "warning",
      message: `Issued in the future (iat ${formatDuration(iat - nowSeconds)} ahead): check the clocks.`,
    });
  }
  if (aud === undefined || (Array.isArray(aud) && aud.length === 0)) {
    warnings.push({
      level: "error",
      message:
        "Audience missing: MCP servers must reject tokens not issued for them (aud should be the server's canonical URI).",
    });
  }
  if (iss === undefined) warnings.push({ level: "warning", message: "Issuer (iss) missing." });
  return warnings;
}

export function formatDuration(totalSeconds: number): string {
  const seconds = Math.abs(Math.round(totalSeconds));
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172800) return `${Math.round(seconds / 360) / 10} h`;
  return `${Math.round(seconds / 86400)} days`;
}

export function describeRelative(relativeSeconds: number): string {
  return relativeSeconds >= 0 ? `in ${formatDuration(relativeSeconds)}` : `${formatDuration(relativeSeconds)} ago`;
}
