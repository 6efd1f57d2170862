import search from "approx-string-match";

import { withoutForeignEdges, withoutUnlikeEdges } from "@/lib/anchoring/candidate-edges";
import type { DiffMap, Hunk } from "@/lib/anchoring/diff-map";
import { REANCHOR_THRESHOLDS } from "@/lib/anchoring/reanchor-thresholds";
import { trimRange } from "@/lib/anchoring/selectors";
import { contextSimilarity, similarity, type StoredContext } from "@/lib/anchoring/similarity";
import { isInsideWord, snapToWords } from "@/lib/anchoring/snap-to-words";
import { CONTEXT_LENGTH, type TextRange } from "@/lib/anchoring/types";

const { minQuoteSimilarity, minScore, minMargin, weights } = REANCHOR_THRESHOLDS;
const REMOTE_MIN_QUOTE = (minScore - weights.context) / weights.quote;

/** A claim in the old text: old [start, end) holds exact. */
export interface OldClaim extends StoredContext {
  start: number;
  end: number;
  exact: string;
}

export interface FuzzyMatch extends TextRange {
  score: number;
  quote: number;
}

export interface Revision {
  oldText: string;
  newText: string;
  map: DiffMap;
}

/**
 * The claim's words after a light edit: an approximate match of the old quote in the new text,
 * looked for where the diff put the claim and in text inserted elsewhere (a paragraph moved and
 * edited). `accepted` is false when the best candidate scores too low or does not clearly beat
 * the runner-up; `best` is then only reported for its score.
 */
export function findEditedQuote(revision: Revision, claim: OldClaim): { best?: FuzzyMatch; accepted: boolean } {
  const candidates: FuzzyMatch[] = [];
  const local = localRegion(revision.map, claim, revision.newText.length);
  if (local) candidates.push(...candidatesIn(revision, claim, local, false));
  const shortest = Math.ceil(claim.exact.length * REMOTE_MIN_QUOTE);
  for (const inserted of revision.map.insertions) {
    const overlapsLocal = local && inserted.start < local.end && local.start < inserted.end;
    if (inserted.end - inserted.start >= shortest && !overlapsLocal) {
      candidates.push(...candidatesIn(revision, claim, inserted, true));
    }
  }

  const ranked = candidates.sort((a, b) => b.score - a.score || a.start - b.start);
  const best = ranked[0];
  if (!best) return { accepted: false };
  const runnerUp = ranked.find((c) => c.end <= best.start || c.start >= best.end)?.score ?? 0;
  const accepted = best.quote >= minQuoteSimilarity && best.score >= minScore && best.score - runnerUp >= minMargin;
  return { best, accepted };
}

/**
 * Where the diff put the claim: from its first to its last surviving character, and into the
 * replacement text of an edit at either end. A long replacement (a rewritten paragraph) is entered
 * only near the claim's proportional place in it, so that the claim cannot be matched anywhere in
 * a new body that shares nothing with the old one.
 */
function localRegion(map: DiffMap, claim: OldClaim, newLength: number): TextRange | null {
  const reach = CONTEXT_LENGTH + claim.exact.length;
  const firstKept = map.newOffsetOf(claim.start);
  const lastKept = map.newOffsetOf(claim.end - 1);
  const startHunk = firstKept < 0 ? map.hunkAtOld(claim.start) : null;
  const endHunk = lastKept < 0 ? map.hunkAtOld(claim.end - 1) : null;
  const start = startHunk ? Math.max(startHunk.newStart, proportional(startHunk, claim.start) - reach) : firstKept;
  const end = endHunk ? Math.min(endHunk.newEnd, proportional(endHunk, claim.end) + reach) : lastKept + 1;
  const region = { start: Math.max(0, start), end: Math.min(newLength, end) };
  return region.start < region.end ? region : null;
}

function proportional(hunk: Hunk, oldAt: number): number {
  const ratio = (hunk.newEnd - hunk.newStart) / (hunk.oldEnd - hunk.oldStart);
  return hunk.newStart + Math.round((oldAt - hunk.oldStart) * ratio);
}

/** The best approximate matches in a region, and the best ones left and right of them (runners-up). */
function candidatesIn(revision: Revision, claim: OldClaim, region: TextRange, remote: boolean): FuzzyMatch[] {
  // Similarity divides by the longer string, so a match may hold this many errors and still pass.
  // Text found elsewhere has no diff agreement, so its quote alone must make up minScore with a
  // perfect context: at most (1 − REMOTE_MIN_QUOTE) errors per character, a much cheaper search.
  const minQuote = remote ? REMOTE_MIN_QUOTE : minQuoteSimilarity;
  const maxErrors = Math.floor((claim.exact.length * (1 - minQuote)) / minQuote);
  const matchesIn = ({ start, end }: TextRange) =>
    search(revision.newText.slice(start, end), claim.exact, maxErrors).map((m) => ({
      start: start + m.start,
      end: start + m.end,
    }));
  const best = matchesIn(region);
  // Where the diff itself puts the claim's words is a candidate too: an edit that lengthens the
  // quote ("25" → "twenty-five") is matched by the diff exactly and by the search only in part.
  if (!remote) best.push(region);
  if (best.length === 0) return [];
  const left = { start: region.start, end: Math.min(...best.map((m) => m.start)) };
  const right = { start: Math.max(...best.map((m) => m.end)), end: region.end };
  const all = [...best, ...matchesIn(left), ...matchesIn(right)];
  return all.flatMap((match) => {
    const fitted = fitToWords(revision, claim, match, region);
    const range = remote
      ? withoutUnlikeEdges(revision.newText, claim, fitted)
      : withoutForeignEdges(revision, claim, fitted);
    const scored = scoreCandidate(revision, claim, range, remote);
    return scored ? [scored] : [];
  });
}

// An approximate match may stop inside a word; a claim that began and ended on word boundaries
// keeps doing so, without reaching outside the region searched.
function fitToWords({ oldText, newText }: Revision, claim: OldClaim, match: TextRange, region: TextRange) {
  const wordAligned = !isInsideWord(oldText, claim.start) && !isInsideWord(oldText, claim.end);
  const snapped = wordAligned ? snapToWords(newText, match.start, match.end) : match;
  const start = Math.max(region.start, snapped.start);
  const end = Math.min(region.end, snapped.end);
  return start < end ? trimRange(newText, start, end) : { start, end: start };
}

function scoreCandidate(revision: Revision, claim: OldClaim, range: TextRange, remote: boolean): FuzzyMatch | null {
  const { newText, oldText, map } = revision;
  if (range.start >= range.end) return null;
  const text = newText.slice(range.start, range.end);
  // Inserted text that was in the old revision all along is another passage that moved, not this
  // claim's words edited: it is never a candidate (the h#2798 trap, across a move).
  if (remote && oldText.includes(text)) return null;
  const quote = similarity(claim.exact, text);
  const context = contextSimilarity(newText, range.start, range.end, claim);
  const diff = remote ? 0 : map.survivorsFrom(range.start, range.end, claim.start, claim.end) / claim.exact.length;
  const score = weights.quote * quote + weights.context * context + weights.diff * diff;
  return { ...range, quote, score };
}
