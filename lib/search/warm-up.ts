import "server-only";

import { getDb } from "@/lib/db";
import { getDiagnosisModel } from "@/lib/diagnosis/diagnosis-model";
import { getCompiledSignals } from "@/lib/signals/signal-index";

/**
 * Compiles the error signals and trains the diagnosis model as the server starts, so the first person to
 * search does not wait for it (about 2 s on the seeded content, 3–4 s at 100,000 documents, on 2 cores).
 * Both are shared with the routes' bundle (lib/process-shared.ts). A failure is one line: the first search
 * tries again and reports it properly.
 */
export async function warmUpSearch(): Promise<void> {
  try {
    const [db, signals] = await Promise.all([getDb(), getCompiledSignals()]);
    await getDiagnosisModel(db, signals);
  } catch (error) {
    // An outage arrives as the app's own message; its cause says what failed (a refused port, a locked folder).
    const cause =
      error instanceof Error && error.cause instanceof Error
        ? ` (${error.cause.message.replace(/\s+/g, " ").trim()})`
        : "";
    console.warn(`Search warm-up skipped: ${error instanceof Error ? error.message : String(error)}${cause}`);
  }
}
