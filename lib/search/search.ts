import "server-only";

import { getDb } from "@/lib/db";
import { fromZodError } from "@/lib/errors";
import { currentContentVersion } from "@/lib/page-cache/current-content-version";
import { getCompiledSignals } from "@/lib/signals/signal-index";

import { runSearch } from "./run-search";
import { searchQuerySchema } from "./schemas";
import { searchOnce } from "./search-cache";

/** Validates raw parameters (page or API) and runs the search; a bad parameter is a 400 that says what to fix. */
export async function search(raw: Record<string, string | string[] | undefined>) {
  const parsed = searchQuerySchema.safeParse(
    Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])),
  );
  if (!parsed.success) throw fromZodError(parsed.error);
  const version = await currentContentVersion();
  const result = await searchOnce(JSON.stringify(parsed.data), version, async () => {
    const [db, signals] = await Promise.all([getDb(), getCompiledSignals().catch(signalsUnavailable)]);
    return runSearch(db, parsed.data, signals, version);
  });
  return { query: parsed.data, result };
}

/** Search still answers, without signals, if their files were broken after the seed validated them. */
function signalsUnavailable(error: unknown): [] {
  console.error(
    `Error signals unavailable, diagnosing without them: ${error instanceof Error ? error.message : error}`,
  );
  return [];
}
