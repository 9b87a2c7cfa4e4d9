import { addUses, counterKey, pruneNowAndThen, type RateLimitResult, type RateLimitStore } from "./consume-rate-limit";
import { rateLimitPolicies, type RateLimitPolicyName } from "./policies";
import { secondsLeft, windowStartOf } from "./windows";

/** How long counted uses wait before they are added to the shared counters. */
export const FLUSH_MS = 100;
/** Counters per statement of a flush. */
const SEND_ROWS = 5_000;
/** How often counters of ended windows are looked for: a window lasts a minute or more. */
const FORGET_EVERY_MS = 1_000;
/**
 * Counters kept at most (a few hundred bytes each): a flood of distinct addresses within one window (behind a
 * trusted proxy, every request a new X-Forwarded-For) would otherwise grow the map until the window ends.
 */
export const MAX_COUNTERS = 50_000;

interface Counter {
  policyName: RateLimitPolicyName;
  key: string;
  windowStart: Date;
  /** The shared total as last returned to this process (every instance's uses); null until the first answer. */
  known: number | null;
  /** Uses being added by sends under way. */
  inFlight: number;
  /** Uses not sent yet. */
  pending: number;
}

/**
 * The same fixed-window counters as consumeRateLimit(), for requests that write nothing and come often (searches:
 * the search page, live search, the MCP server's tools), without a database round trip per request: the search
 * page is otherwise a cached page that still waited for one upsert each time.
 *
 * Every use counts here at once, so one process refuses past the limit immediately (its bundles share one
 * instance: lib/rate-limit/limit-request.ts), and is added to the shared counter in one statement every FLUSH_MS,
 * which returns each total: what other instances counted is known from the first flush after a subject's first
 * use. A client spreading a burst over several instances can pass the limit by what it sends within one flush;
 * limits that guard writes (answers, contributions, sign-in emails) count in the database each time
 * (consumeRateLimit). A send that fails keeps its uses for the next flush.
 *
 * Not even a first use waits for the database: 20 connections each a new address (every request a new person)
 * made the cached search page wait for one upsert per request, at 0.6× the static page's rate.
 */
export class BatchedRateLimit {
  readonly #counters = new Map<string, Counter>();
  /**
   * The counters with uses not sent yet: what a flush reads. A counter per address and window means thousands when
   * every request comes from a new address, and scanning them all every FLUSH_MS was work for nothing.
   */
  readonly #pending = new Set<Counter>();
  #forgottenAt = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #flushing: Promise<void> | null = null;
  /** The flush that follows the one under way, shared by everyone who asked during it. */
  #followUp: Promise<void> | null = null;
  #failing = false;
  /** Every counter past the cap had uses to send at the last look: no use looking again before a flush. */
  #nothingSettled = false;

  constructor(
    private readonly store: () => Promise<RateLimitStore>,
    private readonly flushMs = FLUSH_MS,
    private readonly maxCounters = MAX_COUNTERS,
  ) {}

  /** How many subjects this process is counting now. */
  get countersKept(): number {
    return this.#counters.size;
  }

  consume(policyName: RateLimitPolicyName, subject: string, now = new Date()): RateLimitResult {
    const windowStart = windowStartOf(policyName, now);
    const key = counterKey(policyName, subject);
    const id = `${key} ${windowStart.getTime()}`;
    let counter = this.#counters.get(id);
    if (!counter) {
      counter = { policyName, key, windowStart, known: null, inFlight: 0, pending: 0 };
      this.#counters.set(id, counter);
    }
    counter.pending++;
    // After the use is counted, so that the new counter is not the one forgotten.
    if (this.#counters.size > this.maxCounters && !this.#nothingSettled) this.#forgetSettledCounters();
    this.#pending.add(counter);
    this.#schedule();
    const total = (counter.known ?? 0) + counter.inFlight + counter.pending;
    if (total <= rateLimitPolicies[policyName].limit) return { allowed: true };
    // A refusal is when the other instances most need the total: sent now, not at the next tick.
    void this.flush(now);
    return { allowed: false, retryAfterSeconds: secondsLeft(policyName, windowStart, now) };
  }

  /**
   * Adds every use not sent yet to the shared counters and learns their totals; one flush at a time. A flush asked
   * for while one is under way waits for it and then sends what that one did not carry, so that every use counted
   * before the call is sent when it resolves.
   */
  flush(now = new Date()): Promise<void> {
    // Every caller that arrives during a flush shares one follow-up, which starts once the current one ends and
    // carries everything pending then: none of them resolves before its uses are sent.
    if (this.#flushing) {
      return (this.#followUp ??= this.#flushing.then(() => {
        this.#followUp = null;
        return this.flush(now);
      }));
    }
    this.#flushing = this.#send(now).finally(() => {
      this.#forgetEndedWindows(now);
      this.#nothingSettled = false;
      this.#flushing = null;
      if (this.#pending.size > 0) this.#schedule();
    });
    return this.#flushing;
  }

  #schedule() {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.flush();
    }, this.flushMs);
    // Counting never keeps a process alive.
    this.#timer.unref?.();
  }

  /**
   * Sends the pending uses, one statement per SEND_ROWS counters (PostgreSQL takes at most 65,535 parameters, three
   * a row); each counter's total comes back with it. Uses whose statement failed wait for the next flush; those
   * already added are not sent again.
   */
  async #send(now: Date) {
    const sending = [...this.#pending].map((counter) => ({ counter, uses: counter.pending }));
    this.#pending.clear();
    for (const { counter, uses } of sending) {
      counter.inFlight += uses;
      counter.pending = 0;
    }
    let added = 0;
    try {
      if (sending.length === 0) return;
      const db = await this.store();
      while (added < sending.length) {
        const batch = sending.slice(added, added + SEND_ROWS);
        const totals = await addUses(
          db,
          batch.map(({ counter, uses }) => ({ key: counter.key, windowStart: counter.windowStart, uses })),
        );
        for (const { counter, uses } of batch) counter.inFlight -= uses;
        added += batch.length;
        for (const row of totals) {
          const counter = this.#counters.get(`${row.key} ${Math.round(row.windowMs)}`);
          // Sends may answer out of order; a window's total only grows.
          if (counter) counter.known = Math.max(counter.known ?? 0, row.count);
        }
      }
      await pruneNowAndThen(db, now);
      this.#failing = false;
    } catch (error) {
      for (const { counter, uses } of sending.slice(added)) {
        counter.inFlight -= uses;
        counter.pending += uses;
        this.#pending.add(counter);
      }
      this.#schedule();
      // Once per outage, not once per flush.
      if (!this.#failing) console.error(`Counting searches failed; kept for the next try: ${(error as Error).message}`);
      this.#failing = true;
    }
  }

  #forgetEndedWindows(now: Date) {
    if (now.getTime() - this.#forgottenAt < FORGET_EVERY_MS) return;
    this.#forgottenAt = now.getTime();
    for (const [id, counter] of this.#counters) {
      const ended = secondsLeft(counter.policyName, counter.windowStart, now) <= 0;
      if (ended && counter.pending === 0 && counter.inFlight === 0) this.#counters.delete(id);
    }
  }

  /**
   * Past the cap, forgets the oldest counters whose uses are all in the database, down to nine tenths of it (so
   * the scan is not repeated at every new address). A subject forgotten and seen again counts from zero here until
   * the next flush returns its shared total: one flush's worth of uses it may pass by, as on another instance.
   * Counters with uses not sent yet are never forgotten, so no use is lost.
   */
  #forgetSettledCounters() {
    const target = Math.floor(this.maxCounters * 0.9);
    for (const [id, counter] of this.#counters) {
      if (this.#counters.size <= target) return;
      if (counter.pending === 0 && counter.inFlight === 0) this.#counters.delete(id);
    }
    this.#nothingSettled = this.#counters.size > target;
  }
}
