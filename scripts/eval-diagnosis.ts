import { readFile } from "node:fs/promises";

import { parse } from "yaml";

import { evaluateDiagnosis, formatReport, type EvalReport } from "@/lib/diagnosis/evaluate-diagnosis";
import { evalSetSchema } from "@/lib/diagnosis/eval-set-schema";
import { createTestDatabase } from "@/lib/db/testing/test-database";
import { runSeed } from "@/lib/seed/run-seed";
import { getCompiledSignals } from "@/lib/signals/signal-index";

import { runCli } from "./run-cli";

// `npm run eval:diagnosis [file]`: recall of the diagnosis on real error texts and symptoms, on a fresh
// in-memory database seeded with the portal's content. Without a file, every set eval/floors.json names (the
// dev set and the held-out set); each fails below its own floors.
type Floors = Record<string, Partial<Record<keyof EvalReport["overall"], number>>>;

runCli(async () => {
  const floors = JSON.parse(await readFile("eval/floors.json", "utf8")) as Floors;
  const files = process.argv[2] ? [process.argv[2]] : Object.keys(floors);
  const test = await createTestDatabase("pglite");
  const failures: string[] = [];
  try {
    await runSeed(test.db);
    const signals = await getCompiledSignals();
    for (const file of files) {
      const cases = evalSetSchema.parse(parse(await readFile(file, "utf8"))).cases;
      const report = await evaluateDiagnosis(test.db, cases, signals);
      console.log(formatReport(report, file));
      const below = Object.entries(floors[file] ?? {}).filter(
        ([key, floor]) => report.overall[key as keyof EvalReport["overall"]] < floor,
      );
      if (below.length > 0)
        failures.push(
          `${file}: ${below.map(([k, f]) => `${k} ${report.overall[k as keyof EvalReport["overall"]].toFixed(3)} < ${f}`).join(", ")}`,
        );
    }
  } finally {
    await test.close();
  }
  if (failures.length > 0) throw new Error(`eval:diagnosis below its floor: ${failures.join("; ")}`);
});
