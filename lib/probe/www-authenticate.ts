/** The Bearer challenge's parameters (RFC 6750 §3), or null when there is no Bearer challenge. */
export function parseBearerChallenge(header: string | undefined): Record<string, string> | null {
  if (!header) return null;
  const start = header.search(/(^|,\s*)Bearer(\s|$)/i);
  if (start < 0) return null;
  const rest = header.slice(start).replace(/^,?\s*Bearer\s*/i, "");
  const params: Record<string, string> = {};
  const pattern = /([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))\s*,?\s*/y;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(rest))) {
    params[match[1]!.toLowerCase()] = (match[2] ?? match[3] ?? "").replace(/\\(.)/g, "$1");
  }
  return params;
}
