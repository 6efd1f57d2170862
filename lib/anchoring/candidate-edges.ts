import type { OldClaim, Revision } from "@/lib/anchoring/fuzzy-match";
import { REANCHOR_THRESHOLDS } from "@/lib/anchoring/reanchor-thresholds";
import { trimRange } from "@/lib/anchoring/selectors";
import { similarity } from "@/lib/anchoring/similarity";
import { diffWords, type TextDiff } from "@/lib/anchoring/text-diff";
import type { TextRange } from "@/lib/anchoring/types";

const { minQuoteSimilarity } = REANCHOR_THRESHOLDS;

/**
 * Drops inserted words from either end of a candidate unless they replaced the claim's own words
 * there: an edit confined to the claim ("Colonies" → "States"), or one that reads like them. An
 * approximate match happily substitutes neighbouring words for deleted ones (it costs no more
 * errors than leaving them out), and a diff that realigns a paragraph may call text that was there
 * all along "inserted": either way those are other words.
 */
export function withoutForeignEdges(revision: Revision, claim: OldClaim, range: TextRange): TextRange {
  const { newText, map } = revision;
  let firstOwn = -1;
  let lastOwn = -1;
  for (let i = range.start; i < range.end; i++) {
    const origin = map.origin(i);
    if (origin < claim.start || origin >= claim.end) continue;
    if (firstOwn < 0) firstOwn = i;
    lastOwn = i;
  }
  if (firstOwn < 0) return range; // all new words: the quote's similarity alone decides
  const head = { start: claim.start, end: map.origin(firstOwn) };
  const tail = { start: map.origin(lastOwn) + 1, end: claim.end };
  const headKept = replacesOwnWords(revision, claim, head, { start: range.start, end: firstOwn });
  const tailKept = replacesOwnWords(revision, claim, tail, { start: lastOwn + 1, end: range.end });
  return trimRange(newText, headKept ? range.start : firstOwn, tailKept ? range.end : lastOwn + 1);
}

/** Whether new `inserted`, at one end of a candidate, replaced the claim's own old `deleted` there. */
function replacesOwnWords(revision: Revision, claim: OldClaim, deleted: TextRange, inserted: TextRange): boolean {
  const { oldText, newText, map } = revision;
  if (inserted.start >= inserted.end) return true;
  const before = oldText.slice(deleted.start, deleted.end).trim();
  if (before === "") return false;
  const hunk = map.hunkAtOld(deleted.start);
  const confined =
    hunk !== null &&
    hunk.oldStart >= claim.start - 1 &&
    hunk.oldEnd <= claim.end + 1 &&
    hunk.newStart <= inserted.start &&
    inserted.end <= hunk.newEnd;
  if (confined) return true;
  const after = newText.slice(inserted.start, inserted.end).trim();
  return similarity(foldTypography(before), foldTypography(after)) >= minQuoteSimilarity;
}

/**
 * For text found elsewhere, where the revision's diff says nothing about which words are the
 * claim's: drops words at either end that differ from the claim's words there and do not read
 * like them (the neighbours of a moved paragraph's edited claim are that paragraph's other words).
 */
export function withoutUnlikeEdges(newText: string, claim: OldClaim, range: TextRange): TextRange {
  const parts = diffWords(claim.exact, newText.slice(range.start, range.end));
  const unlike = (edge: TextDiff[]) => {
    const changed = edge.slice(
      0,
      Math.max(
        0,
        edge.findIndex((p) => p.op === "equal"),
      ),
    );
    const text = (op: string) =>
      changed
        .filter((p) => p.op === op)
        .map((p) => p.text)
        .join("")
        .trim();
    const inserted = changed.filter((p) => p.op === "insert").reduce((n, p) => n + p.text.length, 0);
    const alike = similarity(foldTypography(text("delete")), foldTypography(text("insert"))) >= minQuoteSimilarity;
    return inserted > 0 && !alike ? inserted : 0;
  };
  const start = range.start + unlike(parts);
  const end = range.end - unlike([...parts].reverse());
  return start < end ? trimRange(newText, start, end) : { start, end: start };
}

// Typographic and typed quotes and dashes count as the same character when deciding whether an
// inserted edge replaced the claim's own: "“" for '"' is a restyle, not other words.
const foldTypography = (text: string) =>
  text
    .replace(/[‘’‚‛ʼ′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-");
