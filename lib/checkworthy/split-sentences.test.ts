import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/checkworthy/split-sentences";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences", () => {
  it("keeps titles, initials, acronyms and decimals inside their sentence", () => {
    expect(
      texts("Mr. Smith met Dr. J. Jones in the U.S. Senate. Growth was 3.5 percent, i.e. slower. No. 10 agreed."),
    ).toEqual([
      "Mr. Smith met Dr. J. Jones in the U.S. Senate.",
      "Growth was 3.5 percent, i.e. slower.",
      "No. 10 agreed.",
    ]);
  });

  it("ends a sentence after an acronym when an ordinary sentence opener follows", () => {
    expect(texts("He moved to the U.S. The next year he left.")).toEqual([
      "He moved to the U.S.",
      "The next year he left.",
    ]);
  });

  it("keeps quotations whole and ends after a closing quote", () => {
    expect(texts("“Is it true?” she asked. He said: “Taxes rose.” Then he left.")).toEqual([
      "“Is it true?” she asked.",
      "He said: “Taxes rose.”",
      "Then he left.",
    ]);
  });

  it("ends at paragraph breaks and line breaks even without punctuation", () => {
    expect(texts("A heading\n\nFirst line\nsecond line. Next one")).toEqual([
      "A heading",
      "First line",
      "second line.",
      "Next one",
    ]);
  });

  it("gives offsets that index the text exactly, without surrounding whitespace", () => {
    const text = "  One sentence here.   Another one!\n\n  “Quoted?” Yes.  ";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(texts(text)).toEqual(["One sentence here.", "Another one!", "“Quoted?”", "Yes."]);
  });

  it("does not end a sentence at a lower-case word or an ellipsis mid-sentence", () => {
    expect(texts("He paused... and went on. It was 5 p.m. on Friday.")).toEqual([
      "He paused... and went on.",
      "It was 5 p.m. on Friday.",
    ]);
  });

  it("says no to nothing", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\n ")).toEqual([]);
  });
});
