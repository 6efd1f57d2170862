import { anchorSelectors } from "@/lib/anchoring/anchor-selectors";
import type { ClaimView } from "@/lib/claims/claim-view";
import { textOffsetToDocPos, type TextIndex } from "@/lib/article/text-index";
import { verdictByKey } from "@/lib/verdicts";
import type { HighlightRange } from "@/components/editor/claim-highlights";
import type { ListedClaim } from "@/components/claims/claim-list";

/**
 * Anchors every stored claim in the article text (position first, quote as fallback), numbers
 * them in text order and turns them into editor ranges. Claims whose quote is gone stay listed.
 */
export function anchorClaims(claims: ClaimView[], index: TextIndex): { listed: ListedClaim[]; highlights: HighlightRange[] } {
  const anchored = claims.map((claim) => {
    const [quote, position] = claim.target.selector;
    return { claim, range: anchorSelectors(index.text, { quote, position }) };
  });
  anchored.sort((a, b) => (a.range?.start ?? Infinity) - (b.range?.start ?? Infinity) || (b.range?.end ?? 0) - (a.range?.end ?? 0));

  const listed: ListedClaim[] = [];
  const highlights: HighlightRange[] = [];
  anchored.forEach(({ claim, range }, i) => {
    const number = i + 1;
    listed.push({ claim, number, anchored: range !== null });
    if (!range) return;
    const verdict = verdictByKey(claim.verdict);
    highlights.push({
      claimId: claim.id,
      from: textOffsetToDocPos(index, range.start, "start"),
      to: textOffsetToDocPos(index, range.end, "end"),
      number,
      verdictKey: verdict?.key ?? null,
      symbol: verdict?.symbol ?? "",
      label: `Claim ${number}: ${verdict ? `${verdict.label} ${verdict.symbol}` : "no verdict yet"}`,
    });
  });
  return { listed, highlights };
}
