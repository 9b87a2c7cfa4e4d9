import { compileSignals, type CompiledSignal } from "./match-signals";
import { loadSignalFiles } from "./load-signal-files";

// The signals are versioned files, validated by the seed (which refuses a dangling step) and by
// `npm run signals:validate`; the server reads and compiles them once per process.
let compiled: Promise<CompiledSignal[]> | undefined;

export function getCompiledSignals(): Promise<CompiledSignal[]> {
  compiled ??= loadSignalFiles(null)
    .then(compileSignals)
    .catch((error: unknown) => {
      compiled = undefined;
      throw error;
    });
  return compiled;
}
