import { anchorSelectors } from "@/lib/anchoring/anchor-selectors";
import type { ClaimView } from "@/lib/claims/claim-view";

export interface OrderedClaim<T> {
  claim: T;
  /** The claim's own stable number (ClaimView.number), the same on every page and export. */
  number: number;
  /** Where the claim sits in the text now, or null when its quote is gone (listed last). */
  range: { start: number; end: number } | null;
}

/**
 * Anchors stored claims in the article text (position first, quote as fallback) and sorts them
 * in text order, outer claims before the claims nested in them. Sorting never renumbers: a claim
 * keeps the number it got at creation, so "claim 3" means the same claim everywhere.
 */
export function orderClaims<T extends Pick<ClaimView, "target" | "number">>(
  claims: T[],
  text: string,
): OrderedClaim<T>[] {
  const anchored = claims.map((claim) => {
    const [quote, position] = claim.target.selector;
    return { claim, range: anchorSelectors(text, { quote, position }) };
  });
  anchored.sort(
    (a, b) =>
      (a.range?.start ?? Infinity) - (b.range?.start ?? Infinity) ||
      (b.range?.end ?? 0) - (a.range?.end ?? 0) ||
      a.claim.number - b.claim.number,
  );
  return anchored.map(({ claim, range }) => ({
    claim,
    number: claim.number,
    range: range && { start: range.start, end: range.end },
  }));
}
