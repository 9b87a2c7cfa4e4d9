import type { SeedCounts } from "./seed-counts";

interface SyncRowArgs<Data extends Record<string, unknown>> {
  existing: ({ id: string } & Record<string, unknown>) | null;
  data: Data;
  create: () => Promise<{ id: string }>;
  update: (id: string) => Promise<unknown>;
  counts: SeedCounts;
}

/**
 * Creates the row, or updates it only when a seeded field differs, so that re-running a seed changes
 * nothing (not even updatedAt). Returns the row's id.
 */
export async function syncRow<Data extends Record<string, unknown>>({
  existing,
  data,
  create,
  update,
  counts,
}: SyncRowArgs<Data>): Promise<string> {
  if (!existing) {
    counts.created++;
    return (await create()).id;
  }
  const changed = Object.entries(data).some(([key, value]) => JSON.stringify(existing[key]) !== JSON.stringify(value));
  if (changed) {
    await update(existing.id);
    counts.updated++;
  } else {
    counts.unchanged++;
  }
  return existing.id;
}
