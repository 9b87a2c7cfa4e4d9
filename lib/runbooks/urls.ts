import { RESERVED_NODE_IDS } from "./reserved-ids";

const RESERVED_QUERY_KEYS = new Set<string>(RESERVED_NODE_IDS);

/**
 * The URL of a step: the node it shows, the answers that lead there, and the runbook version the link
 * was made with (null for links that should always follow the current version, such as search results).
 */
export function stepHref(
  slug: string,
  nodeId: string | null,
  answers: [string, string][],
  version: number | null,
): string {
  const params = new URLSearchParams(answers);
  if (version !== null) params.set("v", String(version));
  const query = params.toString();
  return `/runbooks/${slug}${nodeId ? `/${nodeId}` : ""}${query ? `?${query}` : ""}`;
}

/** Reads answers from search params, ignoring the reserved ones. */
export function answersFromSearchParams(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const entries: [string, string | undefined][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]);
  const answers: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (!RESERVED_QUERY_KEYS.has(key) && value !== undefined) answers[key] = value;
  }
  return answers;
}

export function versionFromSearchParams(value: string | null | undefined): number | null {
  const version = Number(value);
  return Number.isInteger(version) && version > 0 ? version : null;
}
