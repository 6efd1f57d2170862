// Marks for results found by spelling alone (pg_trgm), where ts_headline has no word to mark:
// the snippet's words spelled like a searched word, by pg_trgm's own measure for one word against
// another (its trigrams: the word lower-cased, padded with two spaces before and one after).
import { SPELLING_THRESHOLD } from "@/lib/search/ranking";

const WORD = /[\p{L}\p{N}]+/gu;

function trigrams(word: string): Set<string> {
  const padded = `  ${word.toLowerCase()} `;
  const set = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  return set;
}

/** Shared trigrams over the searched word's: what word_similarity gives a whole word. */
function likeness(searched: Set<string>, word: string): number {
  const other = trigrams(word);
  let shared = 0;
  for (const t of searched) if (other.has(t)) shared++;
  return shared / searched.size;
}

/** [start, end) of the words in `text` spelled like a word of `query` (words of 3+ letters only). */
export function nearSpellingHighlights(text: string, query: string): [number, number][] {
  const searched = [...query.matchAll(WORD)]
    .map((m) => m[0])
    .filter((w) => w.length >= 3)
    .map(trigrams);
  if (searched.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    if (match[0].length >= 3 && searched.some((s) => likeness(s, match[0]) >= SPELLING_THRESHOLD)) {
      ranges.push([match.index, match.index + match[0].length]);
    }
  }
  return ranges;
}
