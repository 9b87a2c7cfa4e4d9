/** An absolute portal URL for a path the app serves ("/runbooks/…"); anything else is refused. */
export function portalUrl(origin: string, path: string): string {
  if (!path.startsWith("/") || path.startsWith("//")) throw new Error(`Not a portal path: ${path}`);
  return new URL(path, origin).toString();
}
