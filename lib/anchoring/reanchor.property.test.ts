import { describe, expect, it } from "vitest";

import { reanchorClaims, type ReanchorResult } from "@/lib/anchoring/reanchor";
import { selectorsForRange } from "@/lib/anchoring/selectors";
import { CORPUS } from "@/lib/anchoring/testing/corpus";
import { randomRevision, seededRandom, type Revision } from "@/lib/anchoring/testing/random-revision";
import { CONTEXT_LENGTH, type TextRange } from "@/lib/anchoring/types";

const TEXTS = Object.entries(CORPUS);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A claim of 1–12 whole words somewhere in text, within one paragraph. (A claim that runs into the
 * next paragraph by a word such as "He" may be kept on the "He" of the paragraph after a deleted
 * one: the same word, and an equally short diff, so the test could not call either one wrong.)
 */
function randomClaim(text: string, random: () => number): TextRange {
  const words = [...text.matchAll(/\S+/g)];
  const first = Math.floor(random() * (words.length - 12));
  let last = first + Math.floor(random() * 12);
  while (last > first && text.slice(words[first]!.index, words[last]!.index).includes("\n")) last--;
  const start = words[first]!.index;
  const end = words[last]!.index + words[last]![0].length;
  return { start, end };
}

function anchorInputs(text: string, claims: TextRange[]) {
  return claims.map(({ start, end }, i) => ({ id: String(i), ...selectorsForRange(text, start, end) }));
}

/**
 * Whether a result lands on words other than the claim's: any word character in its range that
 * the revision copied from outside the claim (or from another place in it), or, for an exact
 * result, other text than the claim's.
 */
function misplaced(result: ReanchorResult, claim: TextRange, oldText: string, revision: Revision): boolean {
  if (result.status === "orphaned") return false;
  const exact = oldText.slice(claim.start, claim.end);
  if (result.status === "exact" && revision.text.slice(result.start, result.end) !== exact) return true;
  for (let i = result.start; i < result.end; i++) {
    const origin = revision.origin[i]!;
    if (origin < 0 || !WORD_CHAR.test(revision.text[i]!)) continue;
    const foreign =
      result.status === "exact"
        ? origin !== claim.start + (i - result.start)
        : origin < claim.start || origin >= claim.end;
    if (foreign) return true;
  }
  return false;
}

// Hundreds of seeded trials per case: seconds of CPU on a shared, busy machine, so a roomier limit.
describe("re-anchoring properties (seeded)", { timeout: 30_000 }, () => {
  it.each(TEXTS)("edits away from a claim leave it exact where its words now are (%s)", (_name, text) => {
    const random = seededRandom(text.length);
    for (let trial = 0; trial < 40; trial++) {
      const claim = randomClaim(text, random);
      const keepAway = [{ start: claim.start - CONTEXT_LENGTH - 1, end: claim.end + CONTEXT_LENGTH + 1 }];
      const revision = randomRevision(text, random, 1 + Math.floor(random() * 8), { keepAway });
      const [result] = reanchorClaims(text, revision.text, anchorInputs(text, [claim]));
      const start = revision.origin.indexOf(claim.start);
      expect({ trial, result }).toMatchObject({
        trial,
        result: { status: "exact", start, end: start + claim.end - claim.start },
      });
    }
  });

  it.each([
    ["anywhere", false],
    ["mostly in and next to the claims", true],
  ])("never lands a claim on other words, with edits %s", (_where, focused) => {
    const counts = { exact: 0, fuzzy: 0, orphaned: 0, misplaced: 0 };
    const failures: unknown[] = [];
    for (const [name, text] of TEXTS) {
      const random = seededRandom(7 * text.length + (focused ? 2 : 1));
      for (let trial = 0; trial < 60; trial++) {
        const claims = Array.from({ length: 8 }, () => randomClaim(text, random));
        const focus = focused ? claims : [];
        const revision = randomRevision(text, random, 1 + Math.floor(random() * 12), { focus });
        const results = reanchorClaims(text, revision.text, anchorInputs(text, claims));
        results.forEach((result, i) => {
          const claim = claims[i]!;
          if (misplaced(result, claim, text, revision)) {
            counts.misplaced++;
            failures.push({ name, trial, claim: text.slice(claim.start, claim.end), result });
          } else counts[result.status]++;
        });
      }
    }
    console.log(
      `re-anchoring property cases, edits ${_where}: ${counts.exact} exact, ${counts.fuzzy} fuzzy, ${counts.orphaned} orphaned, ${counts.misplaced} misplaced`,
    );
    expect(failures).toEqual([]);
  });
});
