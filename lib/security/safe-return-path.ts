/** A path on this site to go back to after a form; anything else (another origin, "//evil") is home. */
export function safeReturnPath(value: unknown): string {
  return typeof value === "string" && /^\/(?![/\\])[^\s]*$/.test(value) ? value : "/";
}
