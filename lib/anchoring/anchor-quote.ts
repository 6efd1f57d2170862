import { contextMatches, findOccurrences, type QuoteContext } from "@/lib/anchoring/quote-matches";

export type QuoteToAnchor = QuoteContext & { exact: string };

export type QuoteAnchor =
  { ok: true; start: number; end: number } | { ok: false; reason: "not_found" | "ambiguous"; matches: number };

/**
 * Finds the one place in text that a quote refers to. A quote that occurs once needs no context;
 * otherwise prefix and suffix must single out one occurrence. `matches` on failure counts the
 * occurrences of exact, so callers can say how many there were.
 */
export function anchorQuote(text: string, quote: QuoteToAnchor): QuoteAnchor {
  const occurrences = findOccurrences(text, quote.exact);
  if (occurrences.length === 0) return { ok: false, reason: "not_found", matches: 0 };

  const candidates =
    occurrences.length === 1
      ? occurrences
      : occurrences.filter((start) => contextMatches(text, start, start + quote.exact.length, quote));
  const [start] = candidates;
  if (candidates.length !== 1 || start === undefined) {
    return { ok: false, reason: "ambiguous", matches: occurrences.length };
  }
  return { ok: true, start, end: start + quote.exact.length };
}
