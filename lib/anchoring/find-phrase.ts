import type { TextRange } from "@/lib/anchoring/types";

// Characters a reader types interchangeably: a straight quote on the keyboard for the curly one in
// print, and the other way round when the phrase was pasted.
const SINGLE_QUOTES = "'‘’‚‛ʼ′";
const DOUBLE_QUOTES = '"“”„‟″';
const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
// Any run of whitespace, holding at most one line break: a phrase may run over a line break inside
// a paragraph but never over the blank line between two blocks.
const WHITESPACE_RUN = String.raw`(?=\s)[^\S\n]*\n?[^\S\n]*`;

/** Longest phrase searched for; a longer one is cut, which only finds more (never fewer) matches. */
export const MAX_PHRASE_LENGTH = 500;

/**
 * Every place where `phrase` occurs in `text`, in text order and without overlaps, as the reader
 * expects of "Find": case-insensitive (Unicode case folding), any run of whitespace in the phrase
 * matches any run in the text (articles often carry double spaces), and straight and typographic
 * quotes match each other ("didn't" finds "didn’t"). Leading and trailing spaces are ignored; an
 * empty phrase matches nothing.
 */
export function findPhrase(text: string, phrase: string): TextRange[] {
  const wanted = phrase.slice(0, MAX_PHRASE_LENGTH).trim();
  if (!wanted) return [];
  const pattern = new RegExp(phrasePattern(wanted), "giu");
  return Array.from(text.matchAll(pattern), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

function phrasePattern(phrase: string): string {
  return phrase
    .split(/(\s+)/u)
    .map((part) => (/^\s+$/u.test(part) ? WHITESPACE_RUN : Array.from(part, charPattern).join("")))
    .join("");
}

function charPattern(char: string): string {
  if (SINGLE_QUOTES.includes(char)) return `[${SINGLE_QUOTES}]`;
  if (DOUBLE_QUOTES.includes(char)) return `[${DOUBLE_QUOTES}]`;
  return char.replace(REGEX_SYNTAX, "\\$&");
}

/**
 * Which match "Next" (direction 1) or "Previous" (-1) goes to from the current selection: the one
 * after (before) the selected match, or the first match at or after (last before) the caret or
 * selection when it is not a match; it wraps around at either end. -1 when there are no matches.
 */
export function stepMatch(matches: readonly TextRange[], current: TextRange, direction: 1 | -1): number {
  const count = matches.length;
  if (count === 0) return -1;
  const selected = matches.findIndex((m) => m.start === current.start && m.end === current.end);
  if (selected >= 0) return (selected + direction + count) % count;
  if (direction === 1) {
    const next = matches.findIndex((m) => m.start >= current.start);
    return next >= 0 ? next : 0;
  }
  const previous = matches.findLastIndex((m) => m.start < current.start);
  return previous >= 0 ? previous : count - 1;
}
