// The quote split into plain and shared stretches, for <mark> elements: text nodes only, never
// markup built from the quote.
import { isContentWord, tokenize, wordKey } from "@/lib/matching/words";

export interface QuoteSegment {
  text: string;
  shared: boolean;
}

/** `text` in order, with every content word whose key is among `sharedTerms`' marked shared. */
export function highlightShared(text: string, sharedTerms: readonly string[]): QuoteSegment[] {
  const keys = new Set(sharedTerms.map(wordKey));
  const segments: QuoteSegment[] = [];
  let at = 0;
  for (const token of tokenize(text)) {
    if (!isContentWord(token) || !keys.has(token.key)) continue;
    if (token.start > at) segments.push({ text: text.slice(at, token.start), shared: false });
    segments.push({ text: token.text, shared: true });
    at = token.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), shared: false });
  return segments;
}
