import { normalizeError } from "@/lib/search/normalize-error";

// Deterministic synthetic known issues with the vocabulary and lengths of the real ones, so the bench
// exercises the same index paths as production data.

export function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Word frequencies of the real content: sampling by them gives the corpus a real, Zipf-like term distribution. */
export interface Vocabulary {
  words: string[];
  cumulative: number[];
}

export function vocabularyFrom(texts: string[]): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/[a-z][a-z0-9_-]{1,30}/g) ?? [])
      counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const entries = [...counts].sort((a, b) => b[1] - a[1]);
  let total = 0;
  return { words: entries.map(([word]) => word), cumulative: entries.map(([, count]) => (total += count)) };
}

function sampler(vocabulary: Vocabulary, random: () => number) {
  const total = vocabulary.cumulative.at(-1)!;
  return () => {
    const target = random() * total;
    let low = 0;
    let high = vocabulary.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (vocabulary.cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return vocabulary.words[low]!;
  };
}

export interface SyntheticDocument {
  id: string;
  title: string;
  signatures: string;
  signaturesNormalized: string;
  symptoms: string;
  body: string;
  categorySlug: string;
  status: string;
  severity: string;
}

export function syntheticDocuments(
  count: number,
  categories: string[],
  vocabulary: Vocabulary,
  seed = 42,
): SyntheticDocument[] {
  const random = prng(seed);
  const word = sampler(vocabulary, random);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const words = (min: number, max: number) =>
    Array.from({ length: min + Math.floor(random() * (max - min)) }, word).join(" ");
  // Error signatures look like real ones: a code or exception name, then a message.
  const signature = () =>
    `${pick(["Error", "McpError", "OAuthError", "HTTP 401", "HTTP 403", "HTTP 429", "invalid_token", "invalid_grant", "TypeError", "EACCES"])}: ${words(5, 16)} (${Math.floor(random() * 1e9).toString(36)})`;
  return Array.from({ length: count }, (_, index) => {
    const signatures = Array.from({ length: 1 + Math.floor(random() * 3) }, signature);
    return {
      id: `synthetic:${index}`,
      title: words(6, 14),
      signatures: signatures.join("\n"),
      signaturesNormalized: signatures.map(normalizeError).join("\n"),
      symptoms: words(40, 110),
      body: words(90, 260),
      categorySlug: pick(categories),
      status: pick(["open", "mitigated", "fixed"]),
      severity: pick(["low", "medium", "high", "critical"]),
    };
  });
}
