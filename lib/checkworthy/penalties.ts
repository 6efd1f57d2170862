import { PENALTY_FACTORS, type Penalty } from "@/lib/checkworthy/reasons";

const OPINION =
  /\b(?:I|we)\s+(?:think|believe|feel|hope|trust|regret|ask|urge)\b|\bin\s+my\s+(?:opinion|view)\b|\b(?:should|ought\s+to|must|shall)\b|\b(?:hopefully|unfortunately|frankly|clearly|obviously|beautiful|wonderful|terrible|horrible|disgraceful|shameful|outrageous|ridiculous|great|amazing|awful|fair|unfair|righteous|dastardly|shocking)\b|!/i;
const PREDICTION = /\b(?:will|would|could|might|may|going\s+to|expects?\s+to|plans?\s+to)\b/i;
const MIN_WORDS = 6;

/** What makes a sentence unlikely to be a checkable claim: a question, an opinion, a forecast, a fragment. */
export function findPenalties(sentence: string): Penalty[] {
  const penalties: Penalty[] = [];
  if (/\?[”"’')\]]*\s*$/.test(sentence)) penalties.push(penalty("question", "A question"));
  if (OPINION.test(sentence)) penalties.push(penalty("opinion", "Opinion or appeal"));
  else if (PREDICTION.test(sentence)) penalties.push(penalty("prediction", "A forecast or possibility"));
  if (sentence.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length < MIN_WORDS)
    penalties.push(penalty("short", "Very short"));
  return penalties;
}

function penalty(kind: Penalty["kind"], label: string): Penalty {
  return { kind, label, factor: PENALTY_FACTORS[kind] };
}
