import type { Reason } from "@/lib/checkworthy/reasons";
import { scoreSentence, type SentenceScore } from "@/lib/checkworthy/score-sentence";
import { splitSentences, type SentenceSpan } from "@/lib/checkworthy/split-sentences";

export type ScoredSentence = SentenceSpan & SentenceScore;

/** A suggestion needs at least this score: a number alone, or two weaker reasons together. */
/** One suggestion as GET /api/articles/:id/suggestions answers it (offsets into contentText). */
export interface Suggestion {
  start: number;
  end: number;
  text: string;
  score: number;
  reasons: Reason[];
}

export const SUGGESTION_THRESHOLD = 0.45;
/** And at most this many per article, so a long article's list stays a list a person reads. */
export const SUGGESTION_LIMIT = 50;

/** Every sentence of the text with its score, in text order. */
export function scoreSentences(text: string): ScoredSentence[] {
  return splitSentences(text).map((sentence) => ({ ...sentence, ...scoreSentence(sentence.text) }));
}

/** Highest score first; equal scores in text order, so the ranking is the same on every run. */
export function byScore(a: ScoredSentence, b: ScoredSentence): number {
  return b.score - a.score || a.start - b.start;
}

/**
 * The sentences worth suggesting, best first: at or above the threshold, not skipped by the
 * caller (already a claim, dismissed), at most SUGGESTION_LIMIT.
 */
export function suggestSentences(text: string, skip: (sentence: SentenceSpan) => boolean = () => false) {
  return scoreSentences(text)
    .filter((s) => s.score >= SUGGESTION_THRESHOLD && !skip(s))
    .sort(byScore)
    .slice(0, SUGGESTION_LIMIT);
}
