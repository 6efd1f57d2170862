import type { ClaimView } from "@/lib/claims/claim-view";
import { orderClaims } from "@/lib/claims/order-claims";
import { textOffsetToDocPos, type TextIndex } from "@/lib/article/text-index";
import { verdictByKey } from "@/lib/verdicts";
import type { HighlightRange } from "@/components/editor/claim-highlights";
import type { ListedClaim } from "@/components/claims/claim-list";

/**
 * Anchors every stored claim in the article text, numbers them in text order and turns them into
 * editor ranges. Claims whose quote is gone stay listed.
 */
export function anchorClaims(
  claims: ClaimView[],
  index: TextIndex,
): { listed: ListedClaim[]; highlights: HighlightRange[] } {
  const listed: ListedClaim[] = [];
  const highlights: HighlightRange[] = [];
  for (const { claim, number, range } of orderClaims(claims, index.text)) {
    listed.push({ claim, number, anchored: range !== null, range });
    if (!range) continue;
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
  }
  return { listed, highlights };
}
