// "Already fact-checked": how alike two claim quotes are, and what the desk calls that. Every
// threshold and weight of matching lives here (docs/api.md#already-fact-checked repeats them).
//
//   score = TRIGRAM_WEIGHT × trigram + (1 − TRIGRAM_WEIGHT) × overlap
//
//   trigram  PostgreSQL pg_trgm `similarity(a, b)` of the two quotes: shared three-letter pieces
//            of their words ÷ all of them. It forgives typos, name variants ("Kislyak"/"Kisliak")
//            and word order.
//   overlap  Dice coefficient of their content words (lib/matching/words.ts): 2 × shared ÷ (words
//            of a + words of b), stopwords dropped, plural and case folded. It is what the panel
//            shows as the shared words.
//
// Both are 0..1 and symmetric, so the score is too: 1 for the same words, ~0.97 for one added
// pronoun, ~0.5 for a talking point quoted inside a sentence twice its length. Measured on pairs in
// lib/matching/tiers.test.ts; Meedan Check's own lexical thresholds are 0.7 (suggest) and 0.875.
//
// A quote under MIN_WORDS_FOR_STRONG words (either of the two) is at most "possible": short
// phrases ("the Russians", "40 percent") recur without being the same claim.

export const TRIGRAM_WEIGHT = 0.5;
export const STRONG = 0.75;
export const POSSIBLE = 0.5;
export const MIN_WORDS_FOR_STRONG = 8;

/**
 * Candidates are the MAX_CANDIDATES quotes nearest to the claim's by trigram distance (a GiST
 * index walk, migration 20261201220000_nearest_quotes), of which those earlier, not dismissed, not
 * linked and at least CANDIDATE_TRIGRAM alike are scored. A strong match needs that similarity
 * anyway (trigram + overlap ≥ 1.5); a possible match below it (a talking point inside a sentence
 * twice its length) is missed. Walking to the nearest bounds the work when thousands of archive
 * quotes are alike, where the GIN `%` search it replaced rechecked every one: for the 100 new
 * claims of bench/match-timing.ts on 100,000 claims, the query alone went from p50 156 / p95 389 ms
 * to p50 114 / p95 150 ms, with the same matches. The walk costs about 1 ms per quote read, hence
 * 50. The price: a claim with more than 50 later look-alikes (an old talking point) may miss
 * earlier ones further away.
 */
export const CANDIDATE_TRIGRAM = 0.5;
/** How many nearest quotes are read and scored per claim. */
export const MAX_CANDIDATES = 50;
/** The most matches returned per claim. */
export const MAX_MATCHES = 10;

export type MatchTier = "strong" | "possible";

export const TIER_LABELS: Record<MatchTier, string> = {
  strong: "Strong match",
  possible: "Possible match",
};

export const REPEAT_LABEL = "Repeat in this article";

/** The combined score, rounded to three decimals so the API and the percentage agree. */
export function matchScore({ trigram, overlap }: { trigram: number; overlap: number }): number {
  const score = TRIGRAM_WEIGHT * clamp(trigram) + (1 - TRIGRAM_WEIGHT) * clamp(overlap);
  return Math.round(score * 1000) / 1000;
}

/** The tier of a score, or null below POSSIBLE; `shortestWords` is the shorter quote's word count. */
export function matchTier(score: number, shortestWords: number): MatchTier | null {
  if (score >= STRONG && shortestWords >= MIN_WORDS_FOR_STRONG) return "strong";
  return score >= POSSIBLE ? "possible" : null;
}

/** Dice coefficient of two sets: 1 when equal, 0 when disjoint or both empty. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function clamp(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
