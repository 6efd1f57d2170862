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
export function orderClaims<T extends Pick<ClaimView, "target" | "number" | "anchor">>(
  claims: T[],
  text: string,
): OrderedClaim<T>[] {
  const anchored = claims.map((claim) => {
    // An orphan's selectors index an older revision: finding its quote in this text again would
    // put it on words it was never made on, so it gets no place until a person re-attaches it.
    if (claim.anchor.status === "orphaned") return { claim, range: null };
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
