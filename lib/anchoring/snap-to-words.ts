import { assertRangeInText, isHighSurrogate, isLowSurrogate } from "@/lib/anchoring/text-range";
import type { TextRange } from "@/lib/anchoring/types";

// What counts as a word, in any script: letters, combining marks (Arabic and Hebrew vowel points,
// Devanagari signs), digits and connector punctuation such as "_".
const WORD_CHAR = /^[\p{L}\p{M}\p{N}\p{Pc}]$/u;
const DIGIT = /^\p{Nd}$/u;
// Scripts written without spaces between words. Finding their words needs a dictionary, which
// would segment differently in each browser; a selection in them is kept exactly as made.
const UNSPACED = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u;

// One character between two word characters that keeps them one word: apostrophes ("didn't",
// "didn’t"), hyphens ("25-year-old"), the soft hyphen, and the zero-width (non-)joiners that
// Persian and Indic words contain.
const INNER_JOINERS = new Set(["'", "\u2018", "\u2019", "-", "\u2010", "\u2011", "\u00ad", "\u200c", "\u200d"]);
// Between two digits only: "25,000", "3.5", Arabic "٣٫٥" and "٢٥٬٠٠٠".
const NUMBER_JOINERS = new Set([",", ".", "\u066b", "\u066c"]);
// Between two letters only: abbreviations and names such as "U.S" or "example.com".
const LETTER_JOINERS = new Set(["."]);

const isWordChar = (char: string) => WORD_CHAR.test(char) && !UNSPACED.test(char);
const isDigit = (char: string) => DIGIT.test(char);

/** The character (code point) that ends at offset, or "" at the start of the text. */
function charBefore(text: string, offset: number): string {
  if (offset <= 0) return "";
  const low = text.charCodeAt(offset - 1);
  if (offset >= 2 && isLowSurrogate(low) && isHighSurrogate(text.charCodeAt(offset - 2))) {
    return text.slice(offset - 2, offset);
  }
  return text.charAt(offset - 1);
}

/** The character (code point) that starts at offset, or "" at the end of the text. */
function charAt(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  return code === undefined ? "" : String.fromCodePoint(code);
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

function joins(before: string, joiner: string, after: string): boolean {
  if (!isWordChar(before) || !isWordChar(after)) return false;
  if (INNER_JOINERS.has(joiner)) return true;
  const digits = isDigit(before) && isDigit(after);
  const letters = !isDigit(before) && !isDigit(after);
  return (NUMBER_JOINERS.has(joiner) && digits) || (LETTER_JOINERS.has(joiner) && letters);
}

/** True when offset lies strictly inside a word (or inside one character), so a selection may not end there. */
export function isInsideWord(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  if (splitsSurrogatePair(text, offset)) return true;
  const before = charBefore(text, offset);
  const after = charAt(text, offset);
  if (isWordChar(before) && isWordChar(after)) return true;
  // Either side of a joiner, e.g. "didn|’t" and "didn’|t".
  return (
    joins(before, after, charAt(text, offset + after.length)) ||
    joins(charBefore(text, offset - before.length), before, after)
  );
}

/** The end of the word that offset lies inside, or offset itself when it is on a word boundary. */
export function wordEndAt(text: string, offset: number): number {
  let end = offset;
  while (isInsideWord(text, end)) end += charAt(text, end).length;
  return end;
}

/** The start of the word that offset lies inside, or offset itself when it is on a word boundary. */
export function wordStartAt(text: string, offset: number): number {
  let start = offset;
  while (isInsideWord(text, start)) start -= charBefore(text, start).length;
  return start;
}

/**
 * Snaps a mouse selection outward to whole words, as Google Docs and Hypothesis do, so that a
 * quote dragged from "id not … Russi" becomes "did not … Russians". The rule:
 * - an end that lies inside a word moves out to that word's edge; an end already on a word
 *   boundary (next to a space, punctuation, a block boundary or the text's edge) stays put, so a
 *   selection of whole words never grows and snapping twice changes nothing;
 * - a word is a run of letters, marks and digits of any script, with single apostrophes and hyphens
 *   inside it ("didn’t", "25-year-old") and "," or "." between digits ("25,000", "3.5");
 * - scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese) do not snap;
 * - an emoji or other character outside the BMP is never cut in half.
 * Only whitespace and punctuation separate words, so the range never crosses the blank line between
 * blocks. A collapsed range (a caret) is returned unchanged. Keyboard selections are not snapped
 * (the caller's choice): a keyboard user picks characters deliberately.
 */
export function snapToWords(text: string, start: number, end: number): TextRange {
  assertRangeInText(text, { start, end });
  if (start === end) return { start, end };
  return { start: wordStartAt(text, start), end: wordEndAt(text, end) };
}
