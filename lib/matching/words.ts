// The words of a quote as matching compares them. Pure and shared by server and browser, so the
// words the score counts are exactly the words the claim panel highlights.

/** A word: letters, marks and digits, joined inside by apostrophes or hyphens ("didn’t",
 * "25-year-old") and, between digits, by "," or "." ("25,000", "3.5"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’‘-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

// Words that carry no claim of their own. Negations ("not", "never", "no"), comparisons ("more",
// "over", "most") and numbers are kept on purpose: they are what a fact-check turns on.
const STOPWORDS = new Set(
  (
    "a an the and or but if then so than as of to in on at by for with about into onto from up down out " +
    "off that this these those there here it its it's is are was were be been being am have has had having " +
    "do does did doing done i me my mine myself we us our ours you your yours he him his she her hers they " +
    "them their theirs what which who whom whose when where why how all both each either any some such " +
    "own same just also only very too can could will would shall should may might must let said say says " +
    "saying told tell according while during because through again once"
  ).split(" "),
);

export interface WordToken {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
  /** What it is compared as: folded case and accents, plural and possessive endings dropped. */
  key: string;
}

/** Every word of `text` with its offsets and comparison key, in order. */
export function tokenize(text: string): WordToken[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    key: wordKey(m[0]),
  }));
}

/**
 * The comparison key of one word. "Russians", "Russian’s" and "russian" are one key; "didn’t",
 * "never"… stay apart, except that every "n’t" contraction reads as "not", so "did not have" and
 * "didn’t have" share their negation. Stemming stays this light so a shared word is recognisable.
 */
export function wordKey(word: string): string {
  const folded = word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’‘]/g, "'");
  if (/n't$/.test(folded)) return "not";
  const bare = folded.replace(/'s$/, "").replace(/'/g, "");
  if (/^\p{N}/u.test(bare)) return bare.replace(/,/g, "");
  return singular(bare);
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

export function isContentWord(token: WordToken): boolean {
  return !STOPWORDS.has(token.text.toLowerCase().replace(/[’‘]/g, "'")) && !STOPWORDS.has(token.key);
}

/** The distinct content-word keys of `text`. */
export function contentKeys(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .filter(isContentWord)
      .map((t) => t.key),
  );
}

/** How many words `text` has, stopwords included: the short-quote rule counts these. */
export function wordCount(text: string): number {
  return tokenize(text).length;
}
