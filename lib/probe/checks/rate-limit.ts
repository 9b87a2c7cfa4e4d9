import { pass, fail, type CheckRunner } from "./types";

const LIMIT_HEADER = /^(retry-after|ratelimit|ratelimit-.*|x-ratelimit-.*)$/i;

/** Passive: reads the answers the other checks received. The probe never sends a burst. */
export const checkRateLimitHeaders: CheckRunner = async (ctx) => {
  const limited = ctx.responses.filter((r) => r.status === 429);
  const withHeaders = ctx.responses.filter((r) => Object.keys(r.headers).some((h) => LIMIT_HEADER.test(h)));
  const names = [...new Set(withHeaders.flatMap((r) => Object.keys(r.headers).filter((h) => LIMIT_HEADER.test(h))))];
  if (limited.length === 0)
    return pass(
      `No 429 in ${ctx.responses.length} answers${names.length ? `; limit headers seen: ${names.join(", ")}` : ""}.`,
    );
  const bare = limited.filter((r) => !Object.keys(r.headers).some((h) => LIMIT_HEADER.test(h)));
  const evidence = limited.slice(0, 2).map((r) => ctx.evidence("429 answer", { url: r.url }, r));
  if (bare.length > 0)
    return fail(
      `${bare.length} answer(s) were 429 without Retry-After or RateLimit headers: clients cannot back off.`,
      evidence,
    );
  return pass(`429 seen with ${names.join(", ")}: clients can back off.`, evidence);
};
