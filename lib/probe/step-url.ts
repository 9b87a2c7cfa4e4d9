/** The portal page of a runbook step ("<category>/<node id>"), absolute when a base URL is given. */
export function stepUrl(step: string, base = ""): string {
  const [category, node] = step.split("/") as [string, string];
  return `${base.replace(/\/$/, "")}/runbooks/${encodeURIComponent(category)}/${encodeURIComponent(node)}`;
}
