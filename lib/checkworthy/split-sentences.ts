/** One sentence of an article: `text === contentText.slice(start, end)`, trimmed of whitespace. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

// A full stop after these is part of a name or title, not the end of a sentence.
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof sen rep gov gen lt col capt sgt st jr sr rev hon pres supt insp messrs " +
    "vs etc e.g i.e cf al approx est dept univ inc co corp ltd bros vol pp " +
    // Not "mar", "sun", "sat", "wed": they are words that end sentences too.
    "jan feb apr jun jul aug sep sept oct nov dec tues thurs ave blvd rd mt ft"
  ).split(" "),
);

// After an acronym such as "U.S." a new sentence usually starts with one of these words.
const SENTENCE_OPENERS = new Set(
  (
    "the a an he she it they we i you his her its their our this that these those there but and so " +
    "yet however in on at for when while after before since if as"
  ).split(" "),
);

// A run of terminators with any closing quotes or brackets after it, or a line break.
const CANDIDATE = /[.!?…]+["'”’)\]»]*|\n/g;
const WHITESPACE = /\s/;
const SPACE = /[ \t\u00a0]/;
const OPENERS = /["'“‘(\[«]/;

/**
 * Splits contentText into sentences. A sentence ends at ".", "!", "?" or "…" (with any closing
 * quotes or brackets after it) followed by whitespace and a capital, a digit or an opening quote,
 * and always at a line break or blank line (headings, paragraphs and list items are blocks of
 * their own). Titles ("Mr."), abbreviations ("e.g."), initials ("J. Smith") and decimals ("3.5")
 * do not end one.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  const push = (start: number, end: number) => {
    while (start < end && WHITESPACE.test(text[start]!)) start++;
    while (end > start && WHITESPACE.test(text[end - 1]!)) end--;
    if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
  };

  let start = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    const end = m.index + m[0].length;
    if (m[0] === "\n") {
      push(start, m.index);
      start = end;
      continue;
    }
    if (end < text.length && !SPACE.test(text[end]!)) continue;
    let next = end;
    while (next < text.length && SPACE.test(text[next]!)) next++;
    const boundary = next >= text.length || text[next] === "\n" || startsSentence(text, next);
    if (boundary && !(m[0] === "." && continuesAfterStop(text, m.index, next))) {
      push(start, end);
      start = end;
    }
  }
  push(start, text.length);
  return sentences;
}

function startsSentence(text: string, at: number): boolean {
  let first = at;
  while (first < text.length && OPENERS.test(text[first]!)) first++;
  const char = text[first] ?? "";
  return first > at || /[\p{Lu}\p{Lt}\d]/u.test(char);
}

/** Whether the full stop at `dot` belongs to the word before it (an abbreviation, initial or acronym). */
function continuesAfterStop(text: string, dot: number, next: number): boolean {
  let wordStart = dot;
  while (wordStart > 0 && /[\p{L}.]/u.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, dot);
  if (word === "") return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // "No. 10 Downing Street", but "He said no. Then …" ends there.
  if (/^nos?$/i.test(word)) return /\d/.test(text[next] ?? "");
  // "J. Smith": a single capital is an initial.
  if (/^\p{Lu}$/u.test(word)) return true;
  // "U.S." / "a.m.": an acronym ends a sentence only when an ordinary sentence opener follows.
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) {
    const following = /^[\p{L}']+/u.exec(text.slice(next, next + 24))?.[0].toLowerCase() ?? "";
    return !SENTENCE_OPENERS.has(following);
  }
  return false;
}
