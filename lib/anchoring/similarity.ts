import DiffMatchPatch from "diff-match-patch";

import { CONTEXT_LENGTH } from "@/lib/anchoring/types";

// Only short strings are compared here (a quote, 32 characters of context), so an exact diff
// without a deadline stays cheap and the scores never depend on the machine's speed.
const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 0;

/** 1 − edit distance ÷ the longer length: 1 for equal strings, 0 for strings with nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  return 1 - dmp.diff_levenshtein(dmp.diff_main(a, b, false)) / Math.max(a.length, b.length);
}

export interface StoredContext {
  prefix: string;
  suffix: string;
}

/**
 * How much the text around new [start, end) reads like the stored context, 0..1, each side weighted
 * by its length. The new side is always read CONTEXT_LENGTH wide, so that a claim that sat at the
 * very start of the old text (empty prefix) does not match everywhere.
 */
export function contextSimilarity(text: string, start: number, end: number, { prefix, suffix }: StoredContext): number {
  const before = text.slice(Math.max(0, start - CONTEXT_LENGTH), start);
  const after = text.slice(end, end + CONTEXT_LENGTH);
  const prefixWeight = Math.max(prefix.length, before.length);
  const suffixWeight = Math.max(suffix.length, after.length);
  if (prefixWeight + suffixWeight === 0) return 1;
  return (
    (prefixWeight * similarity(prefix, before) + suffixWeight * similarity(suffix, after)) /
    (prefixWeight + suffixWeight)
  );
}

/**
 * The evidence that new [start, end), holding the quote's exact words, is the quote: its own
 * characters plus the stored context that continues unbroken on either side, over all the
 * characters that could have agreed. Context is counted outward from the quote only as far as it
 * matches, so text that merely resembles the context elsewhere adds nothing. A quote that was a
 * whole paragraph and is one again is its own context: its neighbours are other paragraphs.
 */
export function quoteEvidence(text: string, start: number, end: number, { prefix, suffix }: StoredContext): number {
  const wasParagraph = (prefix === "" || prefix.endsWith("\n")) && (suffix === "" || suffix.startsWith("\n"));
  const isParagraph = (start === 0 || text[start - 1] === "\n") && (end === text.length || text[end] === "\n");
  if (wasParagraph && isParagraph) return 1;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  const agreeing = end - start + dmp.diff_commonSuffix(prefix, before) + dmp.diff_commonPrefix(suffix, after);
  return agreeing / (end - start + prefix.length + suffix.length);
}
