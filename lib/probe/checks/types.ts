import type { ProbeContext } from "../context";
import type { CheckStatus, Evidence } from "../schemas";

export interface Outcome {
  status: CheckStatus;
  summary: string;
  evidence?: Evidence[];
}

export type CheckRunner = (ctx: ProbeContext) => Promise<Outcome>;

export const pass = (summary: string, evidence?: Evidence[]): Outcome => ({ status: "pass", summary, evidence });
export const warn = (summary: string, evidence?: Evidence[]): Outcome => ({ status: "warn", summary, evidence });
export const fail = (summary: string, evidence?: Evidence[]): Outcome => ({ status: "fail", summary, evidence });
export const skip = (summary: string, evidence?: Evidence[]): Outcome => ({ status: "skip", summary, evidence });
