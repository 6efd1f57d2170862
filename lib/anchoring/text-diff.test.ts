import { describe, expect, it } from "vitest";

import { CORPUS } from "@/lib/anchoring/testing/corpus";
import { moveParagraph, replaceText } from "@/lib/anchoring/testing/edits";
import { randomRevision, seededRandom } from "@/lib/anchoring/testing/random-revision";
import { diffStats, diffWords, type TextDiff } from "@/lib/anchoring/text-diff";

const oldSide = (diff: TextDiff[]) =>
  diff
    .filter((d) => d.op !== "insert")
    .map((d) => d.text)
    .join("");
const newSide = (diff: TextDiff[]) =>
  diff
    .filter((d) => d.op !== "delete")
    .map((d) => d.text)
    .join("");

describe("diffWords", () => {
  it("shows a corrected word as the whole old word deleted and the whole new word inserted", () => {
    expect(diffWords("The Senater had over 25 talks.", "The Senator had over twenty-five talks.")).toEqual([
      { op: "equal", text: "The " },
      { op: "delete", text: "Senater" },
      { op: "insert", text: "Senator" },
      { op: "equal", text: " had over " },
      { op: "delete", text: "25" },
      { op: "insert", text: "twenty-five" },
      { op: "equal", text: " talks." },
    ]);
  });

  it("changes only the quote marks when straight quotes become curly", () => {
    expect(diffWords('He said "no" twice.', "He said “no” twice.")).toEqual([
      { op: "equal", text: "He said " },
      { op: "delete", text: '"no"' },
      { op: "insert", text: "“no”" },
      { op: "equal", text: " twice." },
    ]);
    expect(diffWords('He said "nothing at all" twice.', "He said “nothing at all” twice.")).toEqual([
      { op: "equal", text: "He said " },
      { op: "delete", text: '"' },
      { op: "insert", text: "“" },
      { op: "equal", text: "nothing at all" },
      { op: "delete", text: '"' },
      { op: "insert", text: "”" },
      { op: "equal", text: " twice." },
    ]);
  });

  it("gives one equal part for identical texts and nothing for two empty ones", () => {
    expect(diffWords(CORPUS.seed, CORPUS.seed)).toEqual([{ op: "equal", text: CORPUS.seed }]);
    expect(diffWords("", "")).toEqual([]);
    expect(diffWords("", "New.")).toEqual([{ op: "insert", text: "New." }]);
    expect(diffWords("Old.", "")).toEqual([{ op: "delete", text: "Old." }]);
  });

  it("shows a moved paragraph as that whole paragraph deleted and inserted, the last one included", () => {
    const text = CORPUS.inaugural;
    const last = text.split("\n\n").at(-1)!;
    const diff = diffWords(text, moveParagraph(text, 4, 1));
    expect(diff.filter((d) => d.op !== "equal").map((d) => [d.op, d.text.trim()])).toEqual([
      ["insert", last],
      ["delete", last],
    ]);
  });

  it("never splits a word between an edit and an equal part", () => {
    const diff = diffWords(CORPUS.pride, replaceText(CORPUS.pride, "neighbourhood", "neighborhood"));
    for (let i = 1; i < diff.length; i++) {
      if (diff[i - 1]!.op !== "equal" && diff[i]!.op !== "equal") continue;
      const joint = diff[i - 1]!.text.slice(-1) + diff[i]!.text.slice(0, 1);
      expect(joint, JSON.stringify(diff.slice(i - 1, i + 1))).not.toMatch(/^[\p{L}\p{N}]{2}$/u);
    }
  });

  it("always spells out both texts, whatever the edits (seeded random revisions)", () => {
    const random = seededRandom(8);
    for (const text of Object.values(CORPUS)) {
      for (let trial = 0; trial < 10; trial++) {
        const { text: revised } = randomRevision(text, random, 1 + Math.floor(random() * 10));
        const diff = diffWords(text, revised);
        expect(oldSide(diff)).toBe(text);
        expect(newSide(diff)).toBe(revised);
        expect(diffWords(text, revised)).toEqual(diff);
      }
    }
  });

  it("shows two long unrelated texts as one replacement without diffing them word by word", () => {
    const a = Array.from({ length: 3000 }, (_, i) => `alpha${i % 97}`).join(" ");
    const b = Array.from({ length: 3000 }, (_, i) => `alpha${(i * 7) % 97}`).join(" ");
    expect(diffWords(a, b)).toEqual([
      { op: "delete", text: a },
      { op: "insert", text: b },
    ]);
  });
});

describe("diffStats", () => {
  it("counts the words inserted and deleted, not punctuation or spaces", () => {
    const diff = diffWords("The Senater had over 25 talks.", "The Senator had, over twenty-five talks.");
    expect(diffStats(diff)).toEqual({ inserted: 3, deleted: 2 });
  });

  it("counts nothing for identical texts", () => {
    expect(diffStats(diffWords(CORPUS.gettysburg, CORPUS.gettysburg))).toEqual({ inserted: 0, deleted: 0 });
  });
});
