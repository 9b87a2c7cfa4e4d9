export interface SeedCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export const emptyCounts = (): SeedCounts => ({ created: 0, updated: 0, unchanged: 0 });
