import { assertRangeInText, isHighSurrogate, isLowSurrogate } from "@/lib/anchoring/text-range";
import { CONTEXT_LENGTH, type ClaimSelectors, type TextRange } from "@/lib/anchoring/types";

const WHITESPACE = /\s/;
const isSpace = (text: string, index: number) => WHITESPACE.test(text.charAt(index));

/**
 * Shrinks a selection to exclude leading and trailing whitespace (including the blank line between
 * blocks), so that a claim never starts or ends on a space. A selection of nothing but whitespace
 * becomes the empty range at its start.
 */
export function trimRange(text: string, start: number, end: number): TextRange {
  assertRangeInText(text, { start, end });
  let trimmedStart = start;
  let trimmedEnd = end;
  while (trimmedStart < trimmedEnd && isSpace(text, trimmedStart)) {
    trimmedStart++;
  }
  while (trimmedEnd > trimmedStart && isSpace(text, trimmedEnd - 1)) {
    trimmedEnd--;
  }
  if (trimmedStart === trimmedEnd) return { start, end: start };
  return { start: trimmedStart, end: trimmedEnd };
}

/** Both selectors for text.slice(start, end), with up to CONTEXT_LENGTH characters of context each side. */
export function selectorsForRange(text: string, start: number, end: number): ClaimSelectors {
  assertRangeInText(text, { start, end });
  return {
    quote: {
      type: "TextQuoteSelector",
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart(text, start), start),
      suffix: text.slice(end, suffixEnd(text, end)),
    },
    position: { type: "TextPositionSelector", start, end },
  };
}

// Context never cuts a surrogate pair in half: a lone surrogate is not valid Unicode, cannot be
// encoded as UTF-8 for storage (it would come back as U+FFFD) and would then never match again.
// The context is one code unit shorter instead.
function prefixStart(text: string, start: number): number {
  const from = Math.max(0, start - CONTEXT_LENGTH);
  return from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))
    ? from + 1
    : from;
}

function suffixEnd(text: string, end: number): number {
  const to = Math.min(text.length, end + CONTEXT_LENGTH);
  return to < text.length && isHighSurrogate(text.charCodeAt(to - 1)) && isLowSurrogate(text.charCodeAt(to))
    ? to - 1
    : to;
}
