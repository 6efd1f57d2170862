import { describe, expect, it } from "vitest";

import { selectorsForRange, trimRange } from "@/lib/anchoring/selectors";
import { CONTEXT_LENGTH } from "@/lib/anchoring/types";
import { importArticleBody } from "@/lib/article/import-body";
import { SEED_ARTICLE_TEXT } from "@/lib/article/testing/fixtures";

const SEED = importArticleBody({
  format: "text",
  body: SEED_ARTICLE_TEXT,
}).contentText;

describe("trimRange", () => {
  it.each([
    ["leading and trailing spaces", "a  word  b", 1, 8, { start: 3, end: 7 }],
    ["a block separator", "one\n\ntwo", 3, 8, { start: 5, end: 8 }],
    ["tabs and non-breaking spaces", "x\t\u00a0y\u00a0\t", 1, 6, { start: 3, end: 4 }],
    ["nothing to trim", "abc", 0, 3, { start: 0, end: 3 }],
    ["an empty range", "abc", 2, 2, { start: 2, end: 2 }],
    ["only whitespace", "a  \n\n  b", 1, 7, { start: 1, end: 1 }],
    ["internal runs of spaces, kept", "from   inquiries", 0, 16, { start: 0, end: 16 }],
  ])("trims %s", (_, text, start, end, expected) => {
    expect(trimRange(text, start, end)).toEqual(expected);
  });

  it.each([
    [-1, 2],
    [2, 1],
    [0, 4],
    [0.5, 2],
  ])("rejects the range [%s, %s) in a text of length 3", (start, end) => {
    expect(() => trimRange("abc", start, end)).toThrow(RangeError);
  });
});

describe("selectorsForRange", () => {
  it("quotes the range with CONTEXT_LENGTH characters on each side", () => {
    const phrase = "did not have communications with the Russians";
    const start = SEED.indexOf(phrase);
    const { quote, position } = selectorsForRange(SEED, start, start + phrase.length);
    expect(CONTEXT_LENGTH).toBe(32);
    expect(position).toEqual({
      type: "TextPositionSelector",
      start,
      end: start + phrase.length,
    });
    expect(quote).toEqual({
      type: "TextQuoteSelector",
      exact: phrase,
      prefix: SEED.slice(start - 32, start),
      suffix: SEED.slice(start + phrase.length, start + phrase.length + 32),
    });
    expect(quote.prefix).toHaveLength(32);
    expect(quote.suffix).toHaveLength(32);
  });

  it("takes fewer characters of context at the very start and end", () => {
    expect(selectorsForRange(SEED, 0, 5).quote).toMatchObject({
      exact: "(CNN)",
      prefix: "",
      suffix: SEED.slice(5, 37),
    });
    expect(selectorsForRange(SEED, 10, 15).quote.prefix).toBe(SEED.slice(0, 10));
    const end = SEED.length;
    expect(selectorsForRange(SEED, end - 13, end).quote).toMatchObject({
      exact: "developments.",
      prefix: SEED.slice(end - 45, end - 13),
      suffix: "",
    });
  });

  it("counts UTF-16 code units and never splits a surrogate pair in the context", () => {
    // "👍" is two code units; the prefix window would start on its second half.
    const text = `👍${"x".repeat(31)}QUOTE${"y".repeat(31)}👍`;
    const start = text.indexOf("QUOTE");
    expect(start).toBe(33);
    const { quote } = selectorsForRange(text, start, start + 5);
    expect(quote.prefix).toBe("x".repeat(31));
    expect(quote.suffix).toBe("y".repeat(31));
    const wholeEmoji = selectorsForRange(`ab👍cd`, 2, 4).quote;
    expect(wholeEmoji).toMatchObject({
      exact: "👍",
      prefix: "ab",
      suffix: "cd",
    });
  });

  it("rejects ranges outside the text", () => {
    expect(() => selectorsForRange("abc", 1, 4)).toThrow(RangeError);
  });
});
