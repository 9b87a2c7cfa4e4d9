import { processShared } from "@/lib/process-shared";

import { compileSignals, type CompiledSignal } from "./match-signals";
import { loadSignalFiles } from "./load-signal-files";

// The signals are versioned files, validated by the seed (which refuses a dangling step) and by
// `npm run signals:validate`; the server reads and compiles them once per process, whichever bundle asks first
// (instrumentation.ts warms them up: lib/search/warm-up.ts).
const cache = processShared("compiled-signals", (): { compiled?: Promise<CompiledSignal[]> } => ({}));

export function getCompiledSignals(): Promise<CompiledSignal[]> {
  cache.compiled ??= loadSignalFiles(null)
    .then(compileSignals)
    .catch((error: unknown) => {
      cache.compiled = undefined;
      throw error;
    });
  return cache.compiled;
}
