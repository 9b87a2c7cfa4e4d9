/**
 * Evidence is shown, copied into tickets and uploaded: nothing secret may survive into it. Bearer and
 * Basic credentials, JWT-shaped strings, cookies and secret-looking JSON fields are replaced.
 */
const SECRET_HEADERS = new Set(["authorization", "cookie", "set-cookie", "proxy-authorization", "x-api-key"]);
const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi;
const SECRET_FIELD =
  /("(?:access_token|refresh_token|id_token|client_secret|password|secret|api_key|token)"\s*:\s*")[^"]*(")/gi;
const QUERY_SECRET = /([?&](?:access_token|token|code|client_secret|api_key)=)[^&\s"]+/gi;

export function redactText(text: string, extraSecrets: readonly string[] = []): string {
  let out = text;
  for (const secret of extraSecrets) if (secret.length >= 4) out = out.split(secret).join("[redacted]");
  return out
    .replace(JWT, "[redacted JWT]")
    .replace(BEARER, "$1 [redacted]")
    .replace(SECRET_FIELD, "$1[redacted]$2")
    .replace(QUERY_SECRET, "$1[redacted]");
}

export function redactHeaders(
  headers: Record<string, string>,
  extraSecrets: readonly string[] = [],
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      SECRET_HEADERS.has(name.toLowerCase()) ? "[redacted]" : redactText(value, extraSecrets),
    ]),
  );
}
