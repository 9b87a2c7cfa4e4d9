import { readFile, writeFile } from "node:fs/promises";

import { parse } from "yaml";

import { formatFloors, measuresBelowFloor, raisedFloors, type EvalFloors } from "@/lib/diagnosis/eval-floors";
import { evaluateDiagnosis, formatReport, type EvalReport } from "@/lib/diagnosis/evaluate-diagnosis";
import { evalSetSchema } from "@/lib/diagnosis/eval-set-schema";
import { createTestDatabase } from "@/lib/db/testing/test-database";
import { runSeed } from "@/lib/seed/run-seed";
import { getCompiledSignals } from "@/lib/signals/signal-index";

import { runCli } from "./run-cli";

// `npm run eval:diagnosis [file] [--raise-floors]`: recall of the diagnosis on real error texts and symptoms, on a
// fresh in-memory database seeded with the portal's content. Without a file, every set eval/floors.json names (the
// dev set and the held-out set); each fails below its own floors. With --raise-floors, a run that fails none
// writes what it measured into eval/floors.json (rounded down, never lower than before).
const FLOORS_FILE = "eval/floors.json";

runCli(async () => {
  const args = process.argv.slice(2);
  const raise = args.includes("--raise-floors");
  const fileArg = args.find((arg) => !arg.startsWith("--"));
  const floors = JSON.parse(await readFile(FLOORS_FILE, "utf8")) as EvalFloors;
  const files = fileArg ? [fileArg] : Object.keys(floors);
  const test = await createTestDatabase("pglite");
  const reports: Record<string, EvalReport> = {};
  const failures: string[] = [];
  try {
    await runSeed(test.db);
    const signals = await getCompiledSignals();
    for (const file of files) {
      const cases = evalSetSchema.parse(parse(await readFile(file, "utf8"))).cases;
      const report = await evaluateDiagnosis(test.db, cases, signals);
      reports[file] = report;
      console.log(formatReport(report, file));
      const below = measuresBelowFloor(report, floors[file]);
      if (below.length > 0) failures.push(`${file}: ${below.join(", ")}`);
    }
  } finally {
    await test.close();
  }
  if (failures.length > 0) throw new Error(`eval:diagnosis below its floor: ${failures.join("; ")}`);
  if (raise) {
    const raised = formatFloors(raisedFloors(floors, reports));
    await writeFile(FLOORS_FILE, raised);
    console.log(`${FLOORS_FILE} now:\n${raised}`);
  }
});
