import { getEnv } from "@/lib/env";

/** Stops the server with one line when configuration is invalid (called from instrumentation.ts). */
export function checkEnvOnStart(): void {
  try {
    getEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
