import { readFile } from "node:fs/promises";

import { parse } from "yaml";

import { evaluateDiagnosis, formatReport } from "@/lib/diagnosis/evaluate-diagnosis";
import { evalSetSchema } from "@/lib/diagnosis/eval-set-schema";
import { createTestDatabase } from "@/lib/db/testing/test-database";
import { runSeed } from "@/lib/seed/run-seed";
import { getCompiledSignals } from "@/lib/signals/signal-index";

import { runCli } from "./run-cli";

// `npm run eval:diagnosis [file]`: recall of the diagnosis on real error texts and symptoms, on a fresh
// in-memory database seeded with the portal's content. Fails below the floors in eval/floors.json.
const file = process.argv[2] ?? "eval/diagnosis-dev-set.yaml";

runCli(async () => {
  const cases = evalSetSchema.parse(parse(await readFile(file, "utf8"))).cases;
  const floors = JSON.parse(await readFile("eval/floors.json", "utf8")) as Record<string, number>;
  const test = await createTestDatabase("pglite");
  try {
    await runSeed(test.db);
    const report = await evaluateDiagnosis(test.db, cases, await getCompiledSignals());
    console.log(formatReport(report, file));
    const below = Object.entries(floors).filter(
      ([key, floor]) => report.overall[key as keyof typeof report.overall] < floor,
    );
    if (below.length > 0) {
      throw new Error(
        `eval:diagnosis below its floor: ${below.map(([k, f]) => `${k} ${report.overall[k as keyof typeof report.overall].toFixed(3)} < ${f}`).join(", ")}`,
      );
    }
  } finally {
    await test.close();
  }
});
