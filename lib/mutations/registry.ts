import { devSignIn, setUserRole, signOut, suspendUser } from "@/lib/auth/mutations";
import {
  createContribution,
  reportContribution,
  reviewContribution,
  updateContribution,
  voteContribution,
} from "@/lib/contributions/mutations";
import { startProbe } from "@/lib/probe/start-probe";
import { recordOutcome } from "@/lib/runbooks/record-outcome";

/**
 * Every mutation people can trigger. Server actions and API routes reach the database only through
 * these (lib/mutations/run-mutation.ts), and the authorization matrix test enumerates this list: a new
 * mutation without an expected rule fails it.
 */
export const mutations = {
  devSignIn,
  signOut,
  setUserRole,
  suspendUser,
  createContribution,
  updateContribution,
  reviewContribution,
  voteContribution,
  reportContribution,
  recordOutcome,
  startProbe,
} as const;

export type MutationName = keyof typeof mutations;
