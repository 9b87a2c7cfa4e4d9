import { inspect } from "node:util";

import { ConfigError } from "@/lib/env";

// Scripts print a one-line reason on failure, never a stack trace, and exit explicitly: the WebAssembly
// schema engine keeps node alive for about ten seconds after its work is done.
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(failureMessage(error));
      process.exit(1);
    },
  );
}

/** The one line a failed script prints: a configuration error as it is, anything else prefixed "Error: ". */
export function failureMessage(error: unknown): string {
  return error instanceof ConfigError ? error.message : `Error: ${describe(error)}`;
}

/** A thrown non-Error (the embedded database throws plain objects) by its message, else its fields on one line. */
function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message === "string") return message;
  return typeof error === "string" ? error : inspect(error, { breakLength: Infinity, depth: 3 });
}
