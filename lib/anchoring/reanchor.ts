import { anchorSelectors } from "@/lib/anchoring/anchor-selectors";
import { DiffMap } from "@/lib/anchoring/diff-map";
import { findEditedQuote, type OldClaim } from "@/lib/anchoring/fuzzy-match";
import { contextMatches, findOccurrences } from "@/lib/anchoring/quote-matches";
import { REANCHOR_THRESHOLDS } from "@/lib/anchoring/reanchor-thresholds";
import { selectorsForRange } from "@/lib/anchoring/selectors";
import { contextSimilarity, quoteEvidence } from "@/lib/anchoring/similarity";
import { diffWords, type TextDiff } from "@/lib/anchoring/text-diff";

export { REANCHOR_THRESHOLDS };

export interface AnchorInput {
  id: string;
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number };
}

export type ReanchorResult =
  | { id: string; status: "exact"; score: 1; start: number; end: number; moved: boolean }
  | { id: string; status: "fuzzy"; score: number; start: number; end: number; exact: string }
  | { id: string; status: "orphaned"; score: number };

interface Revision {
  oldText: string;
  newText: string;
  map: DiffMap;
}

/**
 * Moves each claim from the old revision's text to the new one. Deterministic; one diff of
 * oldText → newText is shared by all claims. For each claim, in this order:
 * 1. Its words survived in place (all of them `equal` in the diff, nothing inserted inside) →
 *    `exact`, unless another copy of the same words was deleted and the survivor reads at least
 *    as much like that copy (then the diff's choice between them is a guess → orphaned).
 * 2. Its words were removed, and the same words were inserted elsewhere with enough of their
 *    context → `exact`, moved. Identical words in text that was already there never count.
 * 3. An approximate match where the diff put the claim, or in inserted text, scored on quote,
 *    context and diff agreement → `fuzzy` if it passes REANCHOR_THRESHOLDS.
 * 4. Otherwise `orphaned`, with the best score seen.
 * Results are in the order of the input.
 */
export function reanchorClaims(
  oldText: string,
  newText: string,
  claims: AnchorInput[],
  /** diffWords(oldText, newText), when the caller has it already (the revision preview does). */
  diff: readonly TextDiff[] = diffWords(oldText, newText),
): ReanchorResult[] {
  const revision = { oldText, newText, map: new DiffMap(diff) };
  return claims.map((claim) => reanchorClaim(revision, claim));
}

function reanchorClaim(revision: Revision, input: AnchorInput): ReanchorResult {
  const { id, position } = input;
  const claim = claimInOldText(revision.oldText, input);
  if (!claim) return { id, status: "orphaned", score: 0 };
  const length = claim.exact.length;
  const exact = (start: number): ReanchorResult => ({
    id,
    status: "exact",
    score: 1,
    start,
    end: start + length,
    moved: start !== position.start || start + length !== position.end,
  });

  const kept = revision.map.keptStart(claim.start, claim.end);
  if (kept >= 0 && !survivorIsAnotherCopy(revision, claim, kept)) return exact(kept);

  const moved = movedCopy(revision, claim, kept);
  if (moved.start !== undefined) return exact(moved.start);
  if (kept >= 0) return { id, status: "orphaned", score: moved.evidence };

  const edited = findEditedQuote(revision, claim);
  if (edited.accepted && edited.best) {
    const { start, end, score } = edited.best;
    return { id, status: "fuzzy", score, start, end, exact: revision.newText.slice(start, end) };
  }
  return { id, status: "orphaned", score: Math.max(moved.evidence, edited.best?.score ?? 0) };
}

/** The claim where the old revision draws it, with the old text's own context around it. */
function claimInOldText(oldText: string, { quote, position }: AnchorInput): OldClaim | null {
  if (quote.exact === "") return null;
  const range = anchorSelectors(oldText, {
    quote: { type: "TextQuoteSelector", ...quote },
    position: { type: "TextPositionSelector", start: position.start, end: position.end },
  });
  if (!range) return null;
  const { prefix, suffix, exact } = selectorsForRange(oldText, range.start, range.end).quote;
  return { start: range.start, end: range.end, exact, prefix, suffix };
}

/**
 * The diff keeps one of several identical passages when the others were deleted, and which one it
 * keeps is a tie it breaks blindly. The survivor is this claim's only if its context reads more
 * like this claim's than like every deleted copy's, by the margin.
 */
function survivorIsAnotherCopy({ oldText, newText, map }: Revision, claim: OldClaim, kept: number): boolean {
  const end = kept + claim.exact.length;
  if (contextMatches(newText, kept, end, claim)) return false;
  const own = contextSimilarity(newText, kept, end, claim);
  return findOccurrences(oldText, claim.exact).some((other) => {
    if (other === claim.start || map.keptStart(other, other + claim.exact.length) >= 0) return false;
    const { quote } = selectorsForRange(oldText, other, other + claim.exact.length);
    return own - contextSimilarity(newText, kept, end, quote) < REANCHOR_THRESHOLDS.minMargin;
  });
}

/**
 * The claim's exact words inserted elsewhere (a moved paragraph), each character either inserted
 * or the claim's own: the best one if its evidence suffices and clearly beats the runner-up.
 */
function movedCopy({ newText, map }: Revision, claim: OldClaim, kept: number): { start?: number; evidence: number } {
  const length = claim.exact.length;
  const scored = findOccurrences(newText, claim.exact)
    .filter((at) => at !== kept && map.ownOrInserted(newText, at, length, claim.start))
    .map((at) => ({ at, evidence: quoteEvidence(newText, at, at + length, claim) }))
    .sort((a, b) => b.evidence - a.evidence || a.at - b.at);
  const [best, runnerUp] = scored;
  if (!best) return { evidence: 0 };
  const { minMovedEvidence, minMargin } = REANCHOR_THRESHOLDS;
  const clear = best.evidence >= minMovedEvidence && best.evidence - (runnerUp?.evidence ?? 0) >= minMargin;
  return clear ? { start: best.at, evidence: best.evidence } : { evidence: best.evidence };
}
