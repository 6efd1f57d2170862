import { describe, expect, it } from "vitest";
import { contentKeys, tokenize, wordCount, wordKey } from "@/lib/matching/words";

describe("the words matching compares", () => {
  it("keeps contractions, hyphenated words and numbers with separators as one word", () => {
    expect(tokenize("He didn’t meet 25,000 voters, a 25-year-old said.").map((t) => t.text)).toEqual([
      "He",
      "didn’t",
      "meet",
      "25,000",
      "voters",
      "a",
      "25-year-old",
      "said",
    ]);
  });

  it("folds case, accents, plurals and possessives into one key", () => {
    expect(new Set(["Russians", "Russian’s", "russian"].map(wordKey))).toEqual(new Set(["russian"]));
    expect(wordKey("Communications")).toBe("communication");
    expect(wordKey("policies")).toBe("policy");
    expect(wordKey("Pérez")).toBe("perez");
    expect(wordKey("25,000")).toBe("25000");
  });

  it("reads every n’t contraction as “not”, so the negation is shared", () => {
    expect(wordKey("didn’t")).toBe("not");
    expect(wordKey("wasn't")).toBe("not");
    expect(contentKeys("I didn’t have communications")).toEqual(contentKeys("I did not have communications"));
  });

  it("drops stopwords but keeps negations, comparisons and numbers", () => {
    expect([...contentKeys("the Senator had over 25 conversations with foreign ambassadors")]).toEqual([
      "senator",
      "over",
      "25",
      "conversation",
      "foreign",
      "ambassador",
    ]);
    expect([...contentKeys("he did not have communications with the Russians")]).toEqual([
      "not",
      "communication",
      "russian",
    ]);
    expect(contentKeys("It is what it is")).toEqual(new Set());
  });

  it("counts every word, stopwords included, for the short-quote rule", () => {
    expect(wordCount("did not have communications with the Russians")).toBe(7);
    expect(wordCount("he did not have communications with the Russians")).toBe(8);
  });
});
