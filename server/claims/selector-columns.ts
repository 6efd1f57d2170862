import { selectorsForRange } from "@/lib/anchoring/selectors";

/**
 * The Claim columns that store its two selectors, for the words at [start, end) of `text`: the
 * exact text with 32 characters of context either side, and the offsets. Every path that places a
 * claim (creating, re-anchoring after a revision, re-attaching, the seed factories) writes these.
 */
export function selectorColumns(text: string, start: number, end: number) {
  const { quote, position } = selectorsForRange(text, start, end);
  return {
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    startOffset: position.start,
    endOffset: position.end,
  };
}
