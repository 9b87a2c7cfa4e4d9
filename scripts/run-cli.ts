import { ConfigError } from "@/lib/env";

// Scripts print a one-line reason on failure, never a stack trace, and exit explicitly: the WebAssembly
// schema engine keeps node alive for about ten seconds after its work is done.
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      const prefix = error instanceof ConfigError ? "" : "Error: ";
      console.error(`${prefix}${message}`);
      process.exit(1);
    },
  );
}
