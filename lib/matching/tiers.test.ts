import { describe, expect, it } from "vitest";
import { compareQuotes } from "@/lib/matching/compare-quotes";
import { dice, matchScore, matchTier, MIN_WORDS_FOR_STRONG, POSSIBLE, STRONG } from "@/lib/matching/tiers";

describe("matchScore", () => {
  it("weighs trigram similarity and content-word overlap equally", () => {
    expect(matchScore({ trigram: 1, overlap: 1 })).toBe(1);
    expect(matchScore({ trigram: 0, overlap: 0 })).toBe(0);
    expect(matchScore({ trigram: 0.8, overlap: 0.6 })).toBe(0.7);
  });

  it("keeps the score within 0..1 whatever it is given", () => {
    expect(matchScore({ trigram: 1.2, overlap: Number.NaN })).toBe(0.5);
  });
});

describe("matchTier", () => {
  it("is strong from STRONG up, possible from POSSIBLE up, nothing below", () => {
    expect(matchTier(STRONG, 12)).toBe("strong");
    expect(matchTier(STRONG - 0.001, 12)).toBe("possible");
    expect(matchTier(POSSIBLE, 12)).toBe("possible");
    expect(matchTier(POSSIBLE - 0.001, 12)).toBeNull();
  });

  it("never calls a quote under 8 words strong, however alike", () => {
    expect(MIN_WORDS_FOR_STRONG).toBe(8);
    expect(matchTier(1, 7)).toBe("possible");
    expect(matchTier(1, 8)).toBe("strong");
  });
});

describe("dice", () => {
  it("is twice the shared words over all words", () => {
    expect(dice(new Set(["a", "b", "c"]), new Set(["b", "c", "d", "e"]))).toBeCloseTo(4 / 7);
    expect(dice(new Set(), new Set())).toBe(0);
  });
});

// Trigram figures are PostgreSQL 15's similarity() of each pair, measured once.
describe("compareQuotes on measured pairs", () => {
  it("finds the talking point with one pronoun changed a strong match, and says which words", () => {
    const result = compareQuotes(
      "I did not have communications with the Russians",
      "he did not have communications with the Russians",
      0.938,
    );
    expect(result).toEqual({ score: 0.969, tier: "strong", sharedTerms: ["not", "communications", "Russians"] });
  });

  it("finds an identical 5-word quote only possible", () => {
    expect(compareQuotes("taxes fell by 40 percent", "taxes fell by 40 percent", 1)).toMatchObject({
      score: 1,
      tier: "possible",
    });
  });

  it("finds the talking point inside a sentence twice its length a possible match", () => {
    const result = compareQuotes(
      "did not have communications with the Russians",
      "I have been called a surrogate at a time or two in that campaign and I did not have communications with the Russians",
      0.469,
    );
    expect(result?.tier).toBe("possible");
  });

  it("leaves a different claim about the same people unmatched", () => {
    expect(
      compareQuotes(
        "the Senator had over 25 conversations with foreign ambassadors",
        "the Senator had 5 conversations with Russian officials last year",
        0.396,
      ),
    ).toBeNull();
    expect(
      compareQuotes(
        "The mayor said taxes fell by 40 percent last year",
        "Crime in the city doubled over the past decade, police say",
        0.099,
      ),
    ).toBeNull();
  });

  it("names the shared words as the other quote writes them, each once", () => {
    const result = compareQuotes(
      "Russian officials never met the Russian ambassador",
      "He never met with Russians: no Russian official, no ambassador, he insists",
      0.6,
    );
    expect(result?.sharedTerms).toEqual(["never", "met", "Russians", "official", "ambassador"]);
  });
});
