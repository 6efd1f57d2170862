import { contextMatches, findOccurrences } from "@/lib/anchoring/quote-matches";
import type { TextPositionSelector, TextQuoteSelector } from "@/lib/anchoring/types";

export interface AnchoredRange {
  start: number;
  end: number;
  /** "quote" means the text changed since the claim was made and the position no longer held. */
  method: "position" | "quote";
}

/**
 * Where to draw a stored claim. The position is trusted while it still covers the quoted text;
 * otherwise the quote is searched for, preferring occurrences whose context still matches and,
 * among those left, the one nearest the old position. null means the quote is gone: the claim is
 * orphaned and should be listed without a highlight.
 */
export function anchorSelectors(
  text: string,
  { quote, position }: { quote: TextQuoteSelector; position: TextPositionSelector },
): AnchoredRange | null {
  const { exact } = quote;
  if (exact === "") return null;
  if (positionHolds(text, position, exact)) {
    return { start: position.start, end: position.end, method: "position" };
  }

  const occurrences = findOccurrences(text, exact);
  const inContext = occurrences.filter((start) => contextMatches(text, start, start + exact.length, quote));
  const start = nearest(inContext.length > 0 ? inContext : occurrences, position.start);
  return start === undefined ? null : { start, end: start + exact.length, method: "quote" };
}

function positionHolds(text: string, { start, end }: TextPositionSelector, exact: string): boolean {
  const inText = Number.isInteger(start) && Number.isInteger(end) && 0 <= start && end <= text.length;
  return inText && text.slice(start, end) === exact;
}

/** The candidate closest to target; the earlier one on a tie. */
function nearest(candidates: readonly number[], target: number): number | undefined {
  let best: number | undefined;
  for (const candidate of candidates) {
    const closer = Math.abs(candidate - target) < Math.abs((best ?? Infinity) - target);
    if (closer) best = candidate;
  }
  return best;
}
