// W3C Web Annotation selectors for a claim in an article's contentText
// (https://www.w3.org/TR/annotation-model/#selectors). All offsets and lengths are UTF-16 code
// units, exactly like JS string indices and ProseMirror positions: an emoji such as "👍" counts 2.

/** How many characters of context are stored on each side of a quote. */
export const CONTEXT_LENGTH = 32;

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  /** Up to CONTEXT_LENGTH characters before exact; fewer near the start of the text. */
  prefix: string;
  /** Up to CONTEXT_LENGTH characters after exact; fewer near the end of the text. */
  suffix: string;
}

export interface TextPositionSelector {
  type: "TextPositionSelector";
  /** Offset of the first character, inclusive. */
  start: number;
  /** Offset after the last character, exclusive. */
  end: number;
}

export interface ClaimSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** A half-open range [start, end) of offsets into a text. */
export interface TextRange {
  start: number;
  end: number;
}
