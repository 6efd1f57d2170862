import { describe, expect, it } from "vitest";
import { isInsideWord, snapToWords, wordEndAt } from "@/lib/anchoring/snap-to-words";
import { SEED_ARTICLE_TEXT } from "@/lib/article/testing/fixtures";
import { seededRandom } from "@/lib/article/testing/random-html";

/** Snaps the range [start, end) of `part` inside `text` and returns the snapped words. */
function snapped(text: string, part: string, from = 0): string {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" is not in "${text}"`);
  const range = snapToWords(text, start, start + part.length);
  return text.slice(range.start, range.end);
}

describe("snapToWords", () => {
  const SENTENCE = "Sessions did not have communications with the Russians, he said.";

  it("snaps both ends of a mid-word selection out to whole words", () => {
    expect(snapped(SENTENCE, "id not have communications with the Russi")).toBe(
      "did not have communications with the Russians",
    );
    expect(snapped(SENTENCE, "ussi")).toBe("Russians");
    expect(snapped(SENTENCE, "s d")).toBe("Sessions did");
  });

  it("leaves a selection of whole words, spaces or punctuation exactly as it is", () => {
    for (const part of ["did not have", " did not ", "Russians,", ", he", "Sessions", "said.", "."]) {
      expect(snapped(SENTENCE, part)).toBe(part);
    }
    expect(snapToWords(SENTENCE, 0, SENTENCE.length)).toEqual({ start: 0, end: SENTENCE.length });
  });

  it("does not grow a caret (an empty selection)", () => {
    expect(snapToWords(SENTENCE, 3, 3)).toEqual({ start: 3, end: 3 });
  });

  it("keeps apostrophes inside words, straight or typographic, but not a closing quote", () => {
    expect(snapped("He didn't say", "dn")).toBe("didn't");
    expect(snapped("He didn’t say", "n’")).toBe("didn’t");
    expect(snapped("He didn’t say", "’t s")).toBe("didn’t say");
    expect(snapped("Sessions’ meetings", "ions")).toBe("Sessions");
    expect(snapped("‘quoted’ here", "uot")).toBe("quoted");
  });

  it("keeps hyphenated words and numbers whole", () => {
    expect(snapped("a 25-year-old senator", "year")).toBe("25-year-old");
    expect(snapped("over 25,000 people", "5,0")).toBe("25,000");
    expect(snapped("grew 3.5 percent", "5 per")).toBe("3.5 percent");
    expect(snapped("the U.S. ambassador", "S. amb")).toBe("U.S. ambassador");
    // A comma after a word, or a full stop between sentences, is not inside a word.
    expect(snapped("Russians, 25", "ns, 2")).toBe("Russians, 25");
    expect(snapped("in 2016. Then", "16. Th")).toBe("2016. Then");
    expect(snapped("well -- known", "ll -- kn")).toBe("well -- known");
  });

  it("never crosses the blank line between blocks or a line break", () => {
    const text = "first block\n\nsecond block\nthird line";
    expect(snapped(text, "ck\n\nsec")).toBe("block\n\nsecond");
    expect(snapped(text, "\n\nsec")).toBe("\n\nsecond");
    expect(snapped(text, "block\n")).toBe("block\n");
    expect(snapped(text, "ck\nthi")).toBe("block\nthird");
  });

  it("works in right-to-left scripts, with their vowel points and separators", () => {
    const hebrew = "הוא אמר שלא נפגש עם השגריר";
    expect(snapped(hebrew, "מר שלא נפ")).toBe("אמר שלא נפגש");
    const arabic = "قال إنه لم يلتقِ بالسفير";
    expect(snapped(arabic, "لتق")).toBe("يلتقِ");
    expect(snapped("بلغ ٣٫٥ بالمئة", "٫")).toBe("٣٫٥");
    expect(snapped("می‌خواهم بروم", "خوا")).toBe("می‌خواهم");
  });

  it("snaps Cyrillic, Greek, accented and decomposed Latin letters, and Korean", () => {
    expect(snapped("посол Кисляк сказал", "сля")).toBe("Кисляк");
    expect(snapped("ο πρέσβης είπε", "ρέσ")).toBe("πρέσβης");
    expect(snapped("café crème", "af")).toBe("café");
    expect(snapped("cafe\u0301 noir", "af")).toBe("cafe\u0301");
    expect(snapped("대사와 만났다", "사")).toBe("대사와");
  });

  it("does not snap Chinese, Japanese or Thai, which have no spaces between words", () => {
    expect(snapped("他说他没有见过俄罗斯大使", "见过俄")).toBe("见过俄");
    expect(snapped("ロシアの大使と会った", "シアの大")).toBe("シアの大");
    expect(snapped("เขาไม่ได้พบเอกอัครราชทูต", "ได้พบ")).toBe("ได้พบ");
    // Latin words beside them still snap, up to the first character of the unspaced script.
    expect(snapped("iPhone手机", "Pho")).toBe("iPhone");
  });

  it("treats emoji as separators and never cuts one in half", () => {
    expect(snapped("great👍news", "eat")).toBe("great");
    expect(snapped("great 👍 news", "at 👍 ne")).toBe("great 👍 news");
    const text = "a 👍 b";
    // Offset 3 lies between the two halves of the emoji.
    expect(snapToWords(text, 3, 5)).toEqual({ start: 2, end: 5 });
    expect(snapToWords(text, 0, 3)).toEqual({ start: 0, end: 4 });
    expect(snapped("𠀀𠀁 word", "rd")).toBe("word");
  });

  it("snaps the claims worth highlighting in the seed article from any mid-word drag", () => {
    for (const quote of [
      "did not have communications with the Russians",
      "I never met with any Russian officials to discuss issues of the campaign",
      "the Senator had over 25 conversations with foreign ambassadors",
    ]) {
      const start = SEED_ARTICLE_TEXT.indexOf(quote);
      expect(start).toBeGreaterThanOrEqual(0);
      const end = start + quote.length;
      const words = quote.split(" ");
      // From the middle of the first word to the middle of the last ("I" has no middle).
      const from = start + Math.floor(words[0]!.length / 2);
      const to = end - Math.floor(words.at(-1)!.length / 2);
      expect(snapToWords(SEED_ARTICLE_TEXT, from, to)).toEqual({ start, end });
    }
  });

  it("rejects a range outside the text", () => {
    expect(() => snapToWords("abc", 2, 1)).toThrow(RangeError);
    expect(() => snapToWords("abc", 0, 4)).toThrow(RangeError);
  });
});

describe("wordEndAt", () => {
  it("moves an offset inside a word to its end and leaves a boundary alone", () => {
    const text = "the Russi ans";
    expect(wordEndAt(text, 6)).toBe(9);
    expect(wordEndAt(text, 9)).toBe(9);
    expect(wordEndAt(text, 0)).toBe(0);
    expect(wordEndAt(text, text.length)).toBe(text.length);
  });
});

// Pieces that stress every rule: words of several scripts, joiners in and out of place, numbers,
// spaces, block separators, emoji and unspaced scripts.
const PIECES = [
  "Sessions",
  "didn’t",
  "did n't",
  "25,000",
  "3.5",
  "U.S.",
  "25-year-old",
  "--",
  "’",
  ",",
  ".",
  " ",
  "  ",
  "\n\n",
  "\n",
  "👍",
  "👨‍👩‍👧",
  "השגריר",
  "يلتقِ",
  "大使",
  "ไม่ได้",
  "cafe\u0301",
  "_",
  "'",
  "-",
];

function randomText(random: () => number): string {
  const count = 1 + Math.floor(random() * 12);
  return Array.from({ length: count }, () => PIECES[Math.floor(random() * PIECES.length)]).join("");
}

describe("snapToWords on random text and ranges", () => {
  const random = seededRandom(7);
  const cases = Array.from({ length: 3000 }, () => {
    const text = randomText(random);
    const a = Math.floor(random() * (text.length + 1));
    const b = Math.floor(random() * (text.length + 1));
    return { text, start: Math.min(a, b), end: Math.max(a, b) };
  });

  it("contains the input, ends on word boundaries, is idempotent and never grows across whitespace", () => {
    for (const { text, start, end } of cases) {
      const label = `${JSON.stringify(text)} [${start}, ${end})`;
      const result = snapToWords(text, start, end);
      expect(result.start, label).toBeLessThanOrEqual(start);
      expect(result.end, label).toBeGreaterThanOrEqual(end);
      expect(snapToWords(text, result.start, result.end), label).toEqual(result);
      if (start === end) {
        expect(result, label).toEqual({ start, end });
        continue;
      }
      expect(isInsideWord(text, result.start), label).toBe(false);
      expect(isInsideWord(text, result.end), label).toBe(false);
      expect(text.slice(result.start, start) + text.slice(end, result.end), label).not.toMatch(/\s/);
    }
  });

  it("changes nothing when both ends are already on word boundaries", () => {
    for (const { text, start, end } of cases) {
      if (isInsideWord(text, start) || isInsideWord(text, end)) continue;
      expect(snapToWords(text, start, end)).toEqual({ start, end });
    }
  });
});
