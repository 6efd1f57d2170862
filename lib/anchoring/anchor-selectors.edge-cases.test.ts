import { describe, expect, it } from "vitest";

import { anchorSelectors } from "@/lib/anchoring/anchor-selectors";
import { selectorsForRange } from "@/lib/anchoring/selectors";
import type { ClaimSelectors } from "@/lib/anchoring/types";
import { claimOn, SEED } from "@/lib/anchoring/testing/claim-on";

describe("anchorSelectors at the edges", () => {
  it.each([
    { start: -3, end: 2 },
    { start: 1.5, end: 6.5 },
    { start: 50, end: 60 },
  ])("falls back to the quote when the position is invalid: %o", (position) => {
    const text = "quote here";
    const claim: ClaimSelectors = {
      quote: {
        type: "TextQuoteSelector",
        exact: "here",
        prefix: "quote ",
        suffix: "",
      },
      position: { type: "TextPositionSelector", ...position },
    };
    expect(anchorSelectors(text, claim)).toEqual({
      start: 6,
      end: 10,
      method: "quote",
    });
  });

  it("handles quotes at the very start and end of the text", () => {
    const first = claimOn(SEED, "(CNN) Attorney General");
    const last = claimOn(SEED, "to reflect new developments.");
    expect(anchorSelectors(SEED, first)).toMatchObject({
      start: 0,
      method: "position",
    });
    expect(anchorSelectors(SEED, last)).toMatchObject({
      end: SEED.length,
      method: "position",
    });
    const shifted = `${SEED} More.`;
    expect(anchorSelectors(`Intro. ${SEED}`, first)).toMatchObject({
      start: 7,
      method: "quote",
    });
    expect(anchorSelectors(shifted, last)).toMatchObject({
      end: SEED.length,
      method: "position",
    });
  });

  it("anchors overlapping phrases independently", () => {
    const text = "he met the ambassador twice";
    const a = selectorsForRange(text, 3, 21); // "met the ambassador"
    const b = selectorsForRange(text, 7, 27); // "the ambassador twice"
    expect(anchorSelectors(text, a)).toEqual({
      start: 3,
      end: 21,
      method: "position",
    });
    expect(anchorSelectors(text, b)).toEqual({
      start: 7,
      end: 27,
      method: "position",
    });
    const edited = `Yes, ${text}`;
    expect(anchorSelectors(edited, a)).toEqual({
      start: 8,
      end: 26,
      method: "quote",
    });
    expect(anchorSelectors(edited, b)).toEqual({
      start: 12,
      end: 32,
      method: "quote",
    });
  });

  it("measures emoji in UTF-16 code units", () => {
    const text = "👍 Sessions 👍🏽 Sessions";
    // "👍" is 2 code units and "👍🏽" 4, so the second "Sessions" starts at 17.
    const claim = selectorsForRange(text, 17, 25);
    expect(claim.quote).toMatchObject({
      exact: "Sessions",
      prefix: "👍 Sessions 👍🏽 ",
    });
    expect(anchorSelectors(`🎉${text}`, claim)).toEqual({
      start: 19,
      end: 27,
      method: "quote",
    });
  });
});
