// What every check of `npm run test:two-instances` reports to: a failure is printed and kept for the summary.

export const log = (...args: unknown[]) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...args);
export { setTimeout as sleep } from "node:timers/promises";

/** Every check that failed in this run, in order. */
export const failures: string[] = [];

/** Keeps `message` as a failure unless `ok`; returns `ok`, so a pass can follow. */
export function check(ok: boolean, message: string): boolean {
  if (!ok) {
    failures.push(message);
    console.log(`  ✗ ${message}`);
  }
  return ok;
}

export const pass = (message: string) => console.log(`  ✓ ${message}`);
