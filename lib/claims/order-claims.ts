import { anchorSelectors } from "@/lib/anchoring/anchor-selectors";
import type { ClaimView } from "@/lib/claims/claim-view";

export interface OrderedClaim<T> {
  claim: T;
  /** 1-based position in text order; outer claims before the claims nested in them. */
  number: number;
  /** Where the claim sits in the text now, or null when its quote is gone (listed last). */
  range: { start: number; end: number } | null;
}

/**
 * Anchors stored claims in the article text (position first, quote as fallback) and numbers them
 * in text order. The reading view, the exports and the public page all number claims this way,
 * so "claim 3" means the same claim everywhere.
 */
export function orderClaims<T extends Pick<ClaimView, "target">>(claims: T[], text: string): OrderedClaim<T>[] {
  const anchored = claims.map((claim) => {
    const [quote, position] = claim.target.selector;
    return { claim, range: anchorSelectors(text, { quote, position }) };
  });
  anchored.sort(
    (a, b) => (a.range?.start ?? Infinity) - (b.range?.start ?? Infinity) || (b.range?.end ?? 0) - (a.range?.end ?? 0),
  );
  return anchored.map(({ claim, range }, i) => ({
    claim,
    number: i + 1,
    range: range && { start: range.start, end: range.end },
  }));
}
