// One candidate against the new claim's quote: its score, tier and the words that explain it.
import { contentKeys, isContentWord, tokenize, wordCount } from "@/lib/matching/words";
import { dice, matchScore, matchTier, type MatchTier } from "@/lib/matching/tiers";

export interface QuoteComparison {
  score: number;
  tier: MatchTier;
  /** The content words both quotes have, as written in `other`, each once, in its order. */
  sharedTerms: string[];
}

/** null when the two are not alike enough to show; `trigram` is PostgreSQL's similarity(quote, other). */
export function compareQuotes(quote: string, other: string, trigram: number): QuoteComparison | null {
  const mine = contentKeys(quote);
  const theirs = contentKeys(other);
  const score = matchScore({ trigram, overlap: dice(mine, theirs) });
  const tier = matchTier(score, Math.min(wordCount(quote), wordCount(other)));
  if (!tier) return null;
  return { score, tier, sharedTerms: sharedTerms(mine, other) };
}

function sharedTerms(keys: ReadonlySet<string>, other: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const token of tokenize(other)) {
    if (!isContentWord(token) || !keys.has(token.key) || seen.has(token.key)) continue;
    seen.add(token.key);
    terms.push(token.text);
  }
  return terms;
}
