import { setTimeout as sleep } from "node:timers/promises";

import { diagnosticTechnique } from "../../e2e/contribution-payloads";

import { rateLimitPolicies } from "@/lib/rate-limit/policies";

import type { Person } from "./people";
import { killGroup, startServer, type Server } from "../server-process";

// Check 3: `kill -9` of the server while contributions stream in; after a plain restart (no manual step:
// a stale lock of the embedded database is taken over) every acknowledged (201) submission must be there.
//
// The stream is paced and each round takes at most its share of what the people may submit in the
// limit's window: unpaced, a fast machine sent more than 200 people × 10 an hour in three rounds and
// the check failed on the portal's own (correct) 429, not on lost data.
const WORKER_INTERVAL_MS = 60;

export interface RoundResult {
  round: number;
  sent: number;
  acknowledged: number;
  cutOff: number;
  serverErrors: number;
  restartMs: number;
  missing: string[];
}

interface Acknowledged {
  id: string;
  person: Person;
}

export async function killRounds(options: {
  port: number;
  env: Record<string, string>;
  people: Person[];
  rounds: number;
  logFile: string;
  /** How long the stream runs on after `minAcknowledged` submissions were acknowledged, before the kill. */
  streamMs: () => number;
  minAcknowledged?: number;
  concurrency?: number;
}): Promise<RoundResult[]> {
  let server: Server = await startServer(options.port, options.env, options.logFile);
  let next = 0;
  const perRound = Math.floor(
    (options.people.length * (rateLimitPolicies.contributionWriteUser.limit - 1)) / options.rounds,
  );
  const results: RoundResult[] = [];
  const everAcknowledged: Acknowledged[] = [];
  try {
    for (let round = 1; round <= options.rounds; round++) {
      const acknowledged: Acknowledged[] = [];
      let sent = 0;
      let cutOff = 0;
      let serverErrors = 0;
      let killed = false;
      const worker = async () => {
        while (!killed && sent < perRound) {
          const paced = sleep(WORKER_INTERVAL_MS);
          const person = options.people[next++ % options.people.length]!;
          sent++;
          try {
            const response = await fetch(`${server.base}/api/contributions`, {
              method: "POST",
              headers: { "content-type": "application/json", cookie: person.cookie, "x-forwarded-for": person.ip },
              body: JSON.stringify(diagnosticTechnique(`Resilience round ${round} submission ${sent}`)),
            });
            const body = (await response.json()) as { id?: string };
            if (response.status === 201 && body.id) acknowledged.push({ id: body.id, person });
            else if (response.status >= 500) serverErrors++;
            else throw new Error(`unexpected ${response.status}: ${JSON.stringify(body)}`);
          } catch (error) {
            if (!killed) throw error;
            cutOff++; // in flight when the server died: not acknowledged, so no promise was made
          }
          await paced;
        }
      };
      const stream = Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
      // The first submissions after a start wait for the route to load: kill only once the stream flows.
      const flowing = performance.now() + 120_000;
      while (acknowledged.length < (options.minAcknowledged ?? 10) && performance.now() < flowing) {
        await Promise.race([sleep(100), stream]);
      }
      await Promise.race([sleep(options.streamMs()), stream]);
      killed = true;
      const exited = new Promise((resolve) => server.child.once("exit", resolve));
      killGroup(server.child, "SIGKILL");
      await exited;
      await stream;
      everAcknowledged.push(...acknowledged);
      server = await startServer(options.port, options.env, options.logFile);
      const missing = await findMissing(server.base, everAcknowledged);
      results.push({
        round,
        sent,
        acknowledged: acknowledged.length,
        cutOff,
        serverErrors,
        restartMs: server.readyMs,
        missing,
      });
    }
  } finally {
    killGroup(server.child, "SIGTERM");
  }
  return results;
}

/** Every acknowledged submission, asked of the restarted server by its author (a submitted one is theirs to see). */
async function findMissing(base: string, acknowledged: Acknowledged[]): Promise<string[]> {
  const missing: string[] = [];
  for (let i = 0; i < acknowledged.length; i += 8) {
    await Promise.all(
      acknowledged.slice(i, i + 8).map(async ({ id, person }) => {
        const response = await fetch(`${base}/contributions/${id}`, {
          headers: { cookie: person.cookie, "x-forwarded-for": person.ip },
        });
        await response.arrayBuffer();
        if (response.status !== 200) missing.push(`${id} (${response.status})`);
      }),
    );
  }
  return missing;
}
