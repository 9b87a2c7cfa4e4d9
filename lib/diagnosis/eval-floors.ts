import type { EvalReport } from "./evaluate-diagnosis";

type Measure = keyof Omit<EvalReport["overall"], "cases">;

/** eval/floors.json: per eval set, the recall each measure must not fall below. */
export type EvalFloors = Record<string, Partial<Record<Measure, number>>>;

/** "recallAt1 0.812 < 0.82" for every measure of the report below its floor. */
export function measuresBelowFloor(report: EvalReport, floors: EvalFloors[string] = {}): string[] {
  return Object.entries(floors)
    .filter(([measure, floor]) => report.overall[measure as Measure] < floor)
    .map(([measure, floor]) => `${measure} ${report.overall[measure as Measure].toFixed(3)} < ${floor}`);
}

/**
 * Floors raised to what a run measured, rounded down to two decimals; never lowered, since a floor that drops
 * must be a decision someone writes down, not a side effect of a worse run.
 */
export function raisedFloors(floors: EvalFloors, reports: Record<string, EvalReport>): EvalFloors {
  return Object.fromEntries(
    Object.entries(floors).map(([file, measures]) => {
      const report = reports[file];
      if (!report) return [file, measures];
      const raised = Object.fromEntries(
        Object.entries(measures).map(([measure, floor]) => {
          // The epsilon keeps 0.58 (57.999… hundredths in binary) at 0.58.
          const measured = Math.floor(report.overall[measure as Measure] * 100 + 1e-9) / 100;
          return [measure, Math.max(floor, measured)];
        }),
      );
      return [file, raised];
    }),
  );
}

/** The file's layout: one line per eval set, so a raised floor shows as a one-line diff. */
export function formatFloors(floors: EvalFloors): string {
  const line = ([file, measures]: [string, EvalFloors[string]]) =>
    `  ${JSON.stringify(file)}: { ${Object.entries(measures)
      .map(([measure, floor]) => `${JSON.stringify(measure)}: ${floor}`)
      .join(", ")} }`;
  return `{\n${Object.entries(floors).map(line).join(",\n")}\n}\n`;
}
