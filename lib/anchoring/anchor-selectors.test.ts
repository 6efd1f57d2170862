import { describe, expect, it } from "vitest";

import { anchorSelectors } from "@/lib/anchoring/anchor-selectors";
import { findOccurrences } from "@/lib/anchoring/quote-matches";
import type { ClaimSelectors } from "@/lib/anchoring/types";
import { claimOn, SEED } from "@/lib/anchoring/testing/claim-on";

describe("anchorSelectors", () => {
  it.each([
    "did not have communications with the Russians",
    "I never met with any Russian officials to discuss issues of the campaign",
    "the Senator had over 25 conversations with foreign ambassadors",
  ])("uses the stored position while the text is unchanged: %s", (phrase) => {
    const claim = claimOn(SEED, phrase);
    expect(anchorSelectors(SEED, claim)).toEqual({
      start: claim.position.start,
      end: claim.position.end,
      method: "position",
    });
  });

  it("follows the quote when text was inserted before it", () => {
    const claim = claimOn(SEED, "the Senator had over 25 conversations with foreign ambassadors");
    const edited = `UPDATE: corrected. ${SEED}`;
    expect(anchorSelectors(edited, claim)).toEqual({
      start: claim.position.start + 19,
      end: claim.position.end + 19,
      method: "quote",
    });
  });

  it("uses the context to pick the right one of a repeated phrase after an edit", () => {
    const phrase = "did not have communications with the Russians";
    const second = claimOn(SEED, phrase, 1);
    const edited = SEED.replace("Attorney General Jeff Sessions", "Jeff Sessions");
    const expected = findOccurrences(edited, phrase)[1] ?? -1;
    expect(anchorSelectors(edited, second)).toEqual({
      start: expected,
      end: expected + phrase.length,
      method: "quote",
    });
  });

  it("picks the occurrence nearest the old position when the context no longer decides", () => {
    const text = "alpha claim beta gamma claim delta epsilon claim zeta";
    const stale: ClaimSelectors = {
      quote: {
        type: "TextQuoteSelector",
        exact: "claim",
        prefix: "gone ",
        suffix: " gone",
      },
      position: { type: "TextPositionSelector", start: 40, end: 45 },
    };
    expect(anchorSelectors(text, stale)).toEqual({
      start: 43,
      end: 48,
      method: "quote",
    });
    const between: ClaimSelectors = {
      ...stale,
      position: { ...stale.position, start: 17, end: 22 },
    };
    expect(anchorSelectors(text, between)).toEqual({
      start: 23,
      end: 28,
      method: "quote",
    });
    const tie: ClaimSelectors = {
      ...stale,
      position: { ...stale.position, start: 5, end: 10 },
    };
    expect(anchorSelectors("claim xxx claim", tie)).toEqual({
      start: 0,
      end: 5,
      method: "quote",
    }); // the earlier one
  });

  it("prefers an occurrence whose context still matches over a nearer one", () => {
    const text = "x claim y ... x claim z";
    const claim: ClaimSelectors = {
      quote: {
        type: "TextQuoteSelector",
        exact: "claim",
        prefix: "x ",
        suffix: " z",
      },
      position: { type: "TextPositionSelector", start: 0, end: 5 },
    };
    expect(anchorSelectors(text, claim)).toEqual({
      start: 16,
      end: 21,
      method: "quote",
    });
  });

  it("returns null when the quote is gone, so the claim is listed as orphaned", () => {
    const claim = claimOn(SEED, "I never met with any Russian officials");
    expect(anchorSelectors(SEED.replace("I never met", "I did meet"), claim)).toBeNull();
    expect(anchorSelectors("", claim)).toBeNull();
  });

  it("never anchors an empty quote", () => {
    const empty: ClaimSelectors = {
      quote: { type: "TextQuoteSelector", exact: "", prefix: "", suffix: "" },
      position: { type: "TextPositionSelector", start: 0, end: 0 },
    };
    expect(anchorSelectors(SEED, empty)).toBeNull();
  });
});
