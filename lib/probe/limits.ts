/** Caps for every probe, CLI or portal: per-request time, bytes read per answer. */
export const PROBE_LIMITS = {
  timeoutMs: 8_000,
  maxBytes: 256 * 1024,
} as const;
