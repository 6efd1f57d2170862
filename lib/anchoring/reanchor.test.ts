import { describe, expect, it } from "vitest";

import { REANCHOR_THRESHOLDS, reanchorClaims, type AnchorInput } from "@/lib/anchoring/reanchor";
import { claimOn } from "@/lib/anchoring/testing/claim-on";
import { CORPUS } from "@/lib/anchoring/testing/corpus";

const OLD =
  "Robin Smith chairs the committee. The senator met the ambassador in July.\n\n" +
  "The senator met the ambassador in September. Robin said the meetings were routine.\n\n" +
  "Last year, the Senator had over 25 conversations with foreign ambassadors.";

const claim = (text: string, phrase: string, occurrence = 0, id = phrase): AnchorInput => ({
  id,
  ...claimOn(text, phrase, occurrence),
});
const reanchorOne = (oldText: string, newText: string, phrase: string, occurrence = 0) =>
  reanchorClaims(oldText, newText, [claim(oldText, phrase, occurrence)])[0]!;

describe("reanchorClaims", () => {
  it("keeps every claim exact and unmoved when nothing changed", () => {
    const claims = [claim(OLD, "Robin"), claim(OLD, "the ambassador in September"), claim(OLD, "25 conversations")];
    const results = reanchorClaims(OLD, OLD, claims);
    expect(results).toEqual(
      claims.map(({ id, position: { start, end } }) => ({ id, status: "exact", score: 1, start, end, moved: false })),
    );
  });

  it("moves a claim with its words when text is inserted before it", () => {
    const result = reanchorOne(OLD, `Update: corrected.\n\n${OLD}`, "25 conversations");
    const start = `Update: corrected.\n\n${OLD}`.indexOf("25 conversations");
    expect(result).toEqual({ id: "25 conversations", status: "exact", score: 1, start, end: start + 16, moved: true });
  });

  it("returns results in the order of the input, the same as one claim at a time", () => {
    const newText = OLD.replace("Robin said", "Elisa said").replace("over 25", "over twenty-five");
    const claims = [
      claim(OLD, "the Senator had over 25 conversations"),
      claim(OLD, "Robin", 1, "second Robin"),
      claim(OLD, "Robin", 0, "first Robin"),
    ];
    const together = reanchorClaims(OLD, newText, claims);
    expect(together.map((r) => r.id)).toEqual(["the Senator had over 25 conversations", "second Robin", "first Robin"]);
    expect(together).toEqual(claims.map((c) => reanchorClaims(OLD, newText, [c])[0]));
  });

  it("flags lightly edited words as fuzzy, with the new words and a score below 1", () => {
    const newText = OLD.replace("over 25", "over twenty-five");
    const result = reanchorOne(OLD, newText, "the Senator had over 25 conversations");
    expect(result).toMatchObject({ status: "fuzzy", exact: "the Senator had over twenty-five conversations" });
    if (result.status !== "fuzzy") throw new Error("not fuzzy");
    expect(newText.slice(result.start, result.end)).toBe(result.exact);
    expect(result.score).toBeGreaterThanOrEqual(REANCHOR_THRESHOLDS.minScore);
    expect(result.score).toBeLessThan(1);
  });

  it("orphans a name corrected to another rather than jump to the same name elsewhere (h#2798)", () => {
    const result = reanchorOne(OLD, OLD.replace("Robin said", "Elisa said"), "Robin", 1);
    expect(result.status).toBe("orphaned");
  });

  it("orphans a claim whose sentence was deleted while a lookalike sentence stays", () => {
    const newText = OLD.replace(" The senator met the ambassador in July.", "");
    expect(reanchorOne(OLD, newText, "The senator met the ambassador").status).toBe("orphaned");
    expect(reanchorOne(OLD, newText, "The senator met the ambassador", 1)).toMatchObject({ status: "exact" });
  });

  it("follows a moved paragraph, each lookalike claim to its own words", () => {
    const [first, second, third] = OLD.split("\n\n");
    const newText = [third, second, first].join("\n\n");
    const results = reanchorClaims(OLD, newText, [
      claim(OLD, "The senator met the ambassador", 0, "July"),
      claim(OLD, "The senator met the ambassador", 1, "September"),
    ]);
    const july = newText.indexOf("The senator met the ambassador in July");
    const september = newText.indexOf("The senator met the ambassador in September");
    expect(results).toMatchObject([
      { id: "July", status: "exact", start: july, moved: true },
      { id: "September", status: "exact", start: september },
    ]);
  });

  it("orphans every claim when the whole body is replaced, even by a text sharing words", () => {
    const results = reanchorClaims(
      CORPUS.declaration,
      CORPUS.gettysburg,
      ["all men are created equal", "Liberty", "the people", "He has refused"].map((p) => claim(CORPUS.declaration, p)),
    );
    expect(results.map((r) => r.status)).toEqual(["orphaned", "orphaned", "orphaned", "orphaned"]);
  });

  it("orphans everything when the new text is empty", () => {
    expect(reanchorOne(OLD, "", "Robin")).toEqual({ id: "Robin", status: "orphaned", score: 0 });
  });

  it("finds a claim whose stored position went stale by its quote in the old text", () => {
    const stale = claim(OLD, "25 conversations");
    stale.position = { start: 3, end: 19 };
    const [result] = reanchorClaims(OLD, `Intro.\n\n${OLD}`, [stale]);
    expect(result).toMatchObject({ status: "exact", start: `Intro.\n\n${OLD}`.indexOf("25 conversations") });
  });

  it("orphans a claim whose quote is empty or not in the old text", () => {
    const empty = { id: "empty", quote: { exact: "", prefix: "", suffix: "" }, position: { start: 0, end: 0 } };
    const missing = {
      id: "missing",
      quote: { exact: "Kislyak", prefix: "", suffix: "" },
      position: { start: 0, end: 7 },
    };
    expect(reanchorClaims(OLD, OLD, [empty, missing])).toEqual([
      { id: "empty", status: "orphaned", score: 0 },
      { id: "missing", status: "orphaned", score: 0 },
    ]);
  });

  it("keeps claims at the very start and end of the text", () => {
    const newText = OLD.replace("chairs", "leads");
    expect(reanchorOne(OLD, newText, "Robin Smith")).toMatchObject({ status: "exact", start: 0, moved: false });
    const end = reanchorOne(OLD, newText, "foreign ambassadors.");
    expect(end).toMatchObject({ status: "exact", end: newText.length, moved: true });
  });

  it("counts offsets in UTF-16 code units, emoji included", () => {
    const oldText = "Fans 👍🏽 cheered the mayor loudly.";
    const newText = `🎉 ${oldText}`;
    expect(reanchorOne(oldText, newText, "cheered the mayor")).toMatchObject({
      status: "exact",
      start: newText.indexOf("cheered"),
    });
  });

  it("is deterministic", () => {
    const newText = CORPUS.seed.replace("over 25", "over twenty-five").replace("Sessions met twice", "Sessions met");
    const claims = ["Sessions", "the Senator had over 25 conversations", "met twice last year"].map((p) =>
      claim(CORPUS.seed, p),
    );
    expect(reanchorClaims(CORPUS.seed, newText, claims)).toEqual(reanchorClaims(CORPUS.seed, newText, claims));
  });

  it("documents thresholds that are consistent with each other", () => {
    const { minScore, minMargin, minQuoteSimilarity, minMovedEvidence, weights } = REANCHOR_THRESHOLDS;
    expect(weights.quote + weights.context + weights.diff).toBeCloseTo(1);
    for (const value of [minScore, minMargin, minQuoteSimilarity, minMovedEvidence]) {
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThan(1);
    }
    // An exact quote found in unrelated text (no diff agreement, half its context) must not pass.
    expect(weights.quote + weights.context * 0.5).toBeLessThan(minScore);
  });
});
