import DiffMatchPatch from "diff-match-patch";

import { TokenCodes } from "@/lib/anchoring/token-codes";

export type DiffOp = "equal" | "insert" | "delete";
export interface TextDiff {
  op: DiffOp;
  text: string;
}

const WORD = /[\p{L}\p{M}\p{N}\p{Pc}]+/gu;

const PARAGRAPH_END = "\n\n";
const OPS: Record<number, DiffOp> = { [-1]: "delete", 0: "equal", 1: "insert" };

/**
 * A word-level diff of two texts, as NewsDiffs shows revisions: every change covers whole words
 * (or whole punctuation marks and whitespace runs), never half a word. Deterministic: the same two
 * texts always give the same diff, on any machine.
 *
 * How: paragraphs are diffed first, as dmp's own line mode does, so that a deleted or moved
 * paragraph shows as a whole and a lookalike paragraph elsewhere cannot absorb it; then the words
 * of each changed stretch are diffed, each distinct token encoded as one character
 * (diff_linesToChars_-style), and semantic cleanup merges small coincidental equalities into the
 * edits around them. Diff_Timeout is 0 (no deadline): a deadline would make the diff depend on the
 * machine's speed. Word encoding keeps that affordable: 10,000 words with 50 edits diff in tens of
 * milliseconds. Texts with more distinct tokens than the encoding has characters (~60,000: a book,
 * not an article) fall back to dmp's character diff.
 */
export function diffWords(oldText: string, newText: string): TextDiff[] {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  const tokens = new TokenCodes();
  // Both texts end with a paragraph break while they are diffed, so that the last paragraph
  // compares equal to itself moved up (where it is followed by one).
  const oldTokens = tokens.encode(oldText + PARAGRAPH_END);
  const newTokens = tokens.encode(newText + PARAGRAPH_END);
  if (oldTokens === null || newTokens === null) {
    const chars = dmp.diff_main(oldText, newText, false);
    dmp.diff_cleanupSemantic(chars);
    return mergeAdjacent(chars.map(([op, text]) => ({ op: OPS[op]!, text })));
  }
  return mergeAdjacent(withoutParagraphEnd(diffTokens(dmp, tokens, oldTokens, newTokens)));
}

/** Takes the PARAGRAPH_END added to each text off the end of that text's side of the diff again. */
function withoutParagraphEnd(diff: TextDiff[]): TextDiff[] {
  const lastOld = diff.findLastIndex((part) => part.op !== "insert");
  const lastNew = diff.findLastIndex((part) => part.op !== "delete");
  const cut = (part: TextDiff) => (part.text = part.text.slice(0, -PARAGRAPH_END.length));
  if (lastOld === lastNew) {
    cut(diff[lastOld]!);
    return diff;
  }
  // The two texts end in different parts: the later one first, so that the other's index holds.
  const ends = [
    { index: lastOld, otherSide: "insert" as const },
    { index: lastNew, otherSide: "delete" as const },
  ].sort((a, b) => b.index - a.index);
  for (const { index, otherSide } of ends) {
    const part = diff[index]!;
    cut(part);
    // An equal part that ends only this text: the other text still has the break there.
    if (part.op === "equal") diff.splice(index + 1, 0, { op: otherSide, text: PARAGRAPH_END });
  }
  return diff;
}

function diffTokens(dmp: DiffMatchPatch, tokens: TokenCodes, oldTokens: string, newTokens: string): TextDiff[] {
  const paragraphs = new TokenCodes();
  const oldLines = paragraphs.encodeParts(splitAfterLineBreaks(oldTokens, tokens));
  const newLines = paragraphs.encodeParts(splitAfterLineBreaks(newTokens, tokens));
  const byParagraph =
    oldLines === null || newLines === null
      ? [[-1, oldTokens] as const, [1, newTokens] as const]
      : dmp.diff_main(oldLines, newLines, false).map(([op, lines]) => [op, paragraphs.decode(lines)] as const);

  const result: TextDiff[] = [];
  let deleted = "";
  let inserted = "";
  const flushHunk = () => {
    if (deleted === "" && inserted === "") return;
    const diffs = worthDiffing(deleted, inserted)
      ? dmp.diff_main(deleted, inserted, false)
      : [[-1, deleted] as DiffMatchPatch.Diff, [1, inserted] as DiffMatchPatch.Diff];
    dmp.diff_cleanupSemantic(diffs);
    for (const [op, text] of diffs) result.push({ op: OPS[op]!, text: tokens.decode(text) });
    deleted = inserted = "";
  };
  for (const [op, text] of byParagraph) {
    if (op === -1) deleted += text;
    else if (op === 1) inserted += text;
    else {
      flushHunk();
      result.push({ op: "equal", text: tokens.decode(text) });
    }
  }
  flushHunk();
  return mergeAdjacent(result);
}

// An exact diff costs about (length × edits): nothing for a long text with a few edits, seconds
// for two long texts that share their words but little else (a body replaced by another article
// from the same beat). Past WORK_LIMIT token pairs (about 1,000 words on each side), a stretch is
// diffed only when at least MIN_SHARED of its runs of SHINGLE tokens (three words and the spaces
// between them) occur on both sides; otherwise it is shown as replaced. Both depend only on the
// texts, so the diff stays deterministic.
const WORK_LIMIT = 4_000_000;
const SHINGLE = 5;
const MIN_SHARED = 0.5;

function worthDiffing(deleted: string, inserted: string): boolean {
  if (deleted.length * inserted.length <= WORK_LIMIT) return true;
  const shingles = (encoded: string) => {
    const set = new Set<string>();
    for (let i = SHINGLE; i <= encoded.length; i++) set.add(encoded.slice(i - SHINGLE, i));
    return set;
  };
  const before = shingles(deleted);
  const after = shingles(inserted);
  let shared = 0;
  for (const shingle of after) if (before.has(shingle)) shared++;
  return shared / Math.max(1, Math.min(before.size, after.size)) >= MIN_SHARED;
}

/** How many words a diff inserts and deletes (punctuation and whitespace are not words). */
export function diffStats(diff: readonly TextDiff[]): { inserted: number; deleted: number } {
  let inserted = 0;
  let deleted = 0;
  for (const { op, text } of diff) {
    const words = text.match(WORD)?.length ?? 0;
    if (op === "insert") inserted += words;
    else if (op === "delete") deleted += words;
  }
  return { inserted, deleted };
}

function mergeAdjacent(diff: TextDiff[]): TextDiff[] {
  const merged: TextDiff[] = [];
  for (const part of diff) {
    if (part.text === "") continue;
    const last = merged.at(-1);
    if (last?.op === part.op) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/** Encoded paragraphs: each part ends after a whitespace token that holds a line break. */
function splitAfterLineBreaks(encoded: string, tokens: TokenCodes): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < encoded.length; i++) {
    if (tokens.stringAt(encoded, i).includes("\n")) {
      parts.push(encoded.slice(from, i + 1));
      from = i + 1;
    }
  }
  if (from < encoded.length) parts.push(encoded.slice(from));
  return parts;
}
