/**
 * node id → items, for the items whose "<runbook slug>/<node id>" references name a step of this
 * runbook: how known issues and contributions are linked from the steps they attach to.
 */
export function groupByRunbookNode<Row extends { runbookNodes: string[] }, Item>(
  rows: Row[],
  runbookSlug: string,
  toItem: (row: Row) => Item,
): Record<string, Item[]> {
  const byNode: Record<string, Item[]> = {};
  for (const row of rows) {
    for (const ref of row.runbookNodes) {
      const [slug, nodeId] = ref.split("/");
      if (slug === runbookSlug && nodeId) (byNode[nodeId] ??= []).push(toItem(row));
    }
  }
  return byNode;
}
