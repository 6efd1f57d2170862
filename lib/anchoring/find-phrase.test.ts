import { describe, expect, it } from "vitest";
import { findPhrase, MAX_PHRASE_LENGTH, stepMatch } from "@/lib/anchoring/find-phrase";
import { SEED_ARTICLE_TEXT } from "@/lib/article/testing/fixtures";

const found = (text: string, phrase: string) => findPhrase(text, phrase).map((m) => text.slice(m.start, m.end));

describe("findPhrase", () => {
  it("finds the phrase in the seed article, with its offsets", () => {
    const matches = findPhrase(SEED_ARTICLE_TEXT, "25 conversations");
    expect(matches).toHaveLength(1);
    const start = SEED_ARTICLE_TEXT.indexOf("25 conversations");
    expect(matches[0]).toEqual({ start, end: start + "25 conversations".length });
  });

  it("ignores case, in any script", () => {
    expect(found("Did not. DID NOT. did not.", "did NOT")).toEqual(["Did not", "DID NOT", "did not"]);
    expect(found("Посол Кисляк", "посол кисляк")).toEqual(["Посол Кисляк"]);
    expect(found("ΠΡΈΣΒΗΣ", "πρέσβης")).toEqual(["ΠΡΈΣΒΗΣ"]);
  });

  it("matches any run of whitespace with any other, but not across blocks", () => {
    expect(found("with  the\u00a0Russians", "with the Russians")).toEqual(["with  the\u00a0Russians"]);
    expect(found("with the Russians", "  with    the Russians ")).toEqual(["with the Russians"]);
    expect(found("the end\nof the line", "end of")).toEqual(["end\nof"]);
    expect(found("the end\n\nof the block", "end of")).toEqual([]);
    expect(found("25conversations", "25 conversations")).toEqual([]);
  });

  it("matches straight and typographic quotes with each other", () => {
    expect(found("He didn’t say", "didn't")).toEqual(["didn’t"]);
    expect(found("He didn't say", "didn’t")).toEqual(["didn't"]);
    expect(found("called it “a lie”", '"a lie"')).toEqual(["“a lie”"]);
  });

  it("treats regular-expression characters literally", () => {
    expect(found("cost $25.00 (or more)? [sic] a|b \\o/", "$25.00 (or more)? [sic] a|b \\o/")).toEqual([
      "$25.00 (or more)? [sic] a|b \\o/",
    ]);
    expect(found("cost 25000", "25.00")).toEqual([]);
  });

  it("returns every non-overlapping match in text order", () => {
    expect(findPhrase("aaaa", "aa")).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
    expect(found("Russia, Russian, Russians", "russian")).toEqual(["Russian", "Russian"]);
  });

  it("finds emoji, right-to-left and unspaced scripts", () => {
    expect(found("great 👍 news", "👍 NEWS")).toEqual(["👍 news"]);
    expect(found("הוא אמר שלא נפגש", "שלא נפגש")).toEqual(["שלא נפגש"]);
    expect(found("他说他没有见过俄罗斯大使", "俄罗斯")).toEqual(["俄罗斯"]);
  });

  it("matches nothing for an empty or blank phrase", () => {
    expect(findPhrase("some text", "")).toEqual([]);
    expect(findPhrase("some  text", "   ")).toEqual([]);
  });

  it("searches for at most MAX_PHRASE_LENGTH characters of a very long phrase", () => {
    const text = "x".repeat(MAX_PHRASE_LENGTH + 10);
    expect(findPhrase(text, "x".repeat(MAX_PHRASE_LENGTH + 5))).toEqual([{ start: 0, end: MAX_PHRASE_LENGTH }]);
  });
});

describe("stepMatch", () => {
  const matches = [
    { start: 10, end: 15 },
    { start: 30, end: 35 },
    { start: 50, end: 55 },
  ];

  it("goes from the selected match to the next or previous one, wrapping around", () => {
    expect(stepMatch(matches, { start: 10, end: 15 }, 1)).toBe(1);
    expect(stepMatch(matches, { start: 50, end: 55 }, 1)).toBe(0);
    expect(stepMatch(matches, { start: 30, end: 35 }, -1)).toBe(0);
    expect(stepMatch(matches, { start: 10, end: 15 }, -1)).toBe(2);
  });

  it("starts from the caret or a selection that is not a match", () => {
    expect(stepMatch(matches, { start: 0, end: 0 }, 1)).toBe(0);
    expect(stepMatch(matches, { start: 30, end: 30 }, 1)).toBe(1);
    expect(stepMatch(matches, { start: 31, end: 40 }, 1)).toBe(2);
    expect(stepMatch(matches, { start: 60, end: 60 }, 1)).toBe(0);
    expect(stepMatch(matches, { start: 30, end: 30 }, -1)).toBe(0);
    expect(stepMatch(matches, { start: 5, end: 5 }, -1)).toBe(2);
  });

  it("is -1 without matches", () => {
    expect(stepMatch([], { start: 0, end: 0 }, 1)).toBe(-1);
  });
});
