/** Every offset where exact occurs in text, overlapping occurrences included ("aa" in "aaa": 0, 1). */
export function findOccurrences(text: string, exact: string): number[] {
  const starts: number[] = [];
  if (exact === "") return starts;
  let at = text.indexOf(exact);
  while (at !== -1) {
    starts.push(at);
    at = text.indexOf(exact, at + 1);
  }
  return starts;
}

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
}

/**
 * Whether the text around [start, end) agrees with the stored context. Context is compared only as
 * far as it goes: a prefix shorter than CONTEXT_LENGTH (the quote was near the start of the text)
 * or one that a client chose to shorten must simply end right before the quote.
 */
export function contextMatches(text: string, start: number, end: number, { prefix, suffix }: QuoteContext): boolean {
  const prefixMatches = !prefix || text.slice(Math.max(0, start - prefix.length), start) === prefix;
  const suffixMatches = !suffix || text.slice(end, end + suffix.length) === suffix;
  return prefixMatches && suffixMatches;
}
