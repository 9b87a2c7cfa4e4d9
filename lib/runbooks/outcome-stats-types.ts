/** Counts of "Did this fix it?" answers for one resolution step (shared by server and client). */
export interface OutcomeStats {
  fixed: number;
  total: number;
}
