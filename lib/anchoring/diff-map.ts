import type { TextDiff } from "@/lib/anchoring/text-diff";
import type { TextRange } from "@/lib/anchoring/types";

const EQUAL = 0;
const INSERT = 1;
const DELETE = -1;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A stretch of consecutive edits between two equal parts: old [oldStart, oldEnd) became new [newStart, newEnd). */
export interface Hunk {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/**
 * Offsets through one diff of old → new text, for every claim of a revision at once. Each part of
 * the diff covers [oldStart, oldEnd) of the old text and [newStart, newEnd) of the new one (an
 * insertion is empty in the old text, a deletion in the new). Lookups are binary searches.
 */
export class DiffMap {
  private readonly kind: Int8Array;
  private readonly oldStart: Int32Array;
  private readonly oldEnd: Int32Array;
  private readonly newStart: Int32Array;
  private readonly newEnd: Int32Array;
  /** The runs of inserted text in the new text, in order. */
  readonly insertions: TextRange[] = [];

  constructor(diff: readonly TextDiff[]) {
    const n = diff.length;
    this.kind = new Int8Array(n);
    this.oldStart = new Int32Array(n);
    this.oldEnd = new Int32Array(n);
    this.newStart = new Int32Array(n);
    this.newEnd = new Int32Array(n);
    let oldAt = 0;
    let newAt = 0;
    diff.forEach(({ op, text }, i) => {
      this.kind[i] = op === "equal" ? EQUAL : op === "insert" ? INSERT : DELETE;
      this.oldStart[i] = oldAt;
      this.newStart[i] = newAt;
      if (op !== "insert") oldAt += text.length;
      if (op !== "delete") newAt += text.length;
      this.oldEnd[i] = oldAt;
      this.newEnd[i] = newAt;
      if (op === "insert") this.insertions.push({ start: this.newStart[i]!, end: newAt });
    });
  }

  /** Where old [start, end) now starts when all of it, and nothing inserted inside it, survived; otherwise -1. */
  keptStart(start: number, end: number): number {
    const i = this.partAtOld(start);
    if (i < 0 || this.kind[i] !== EQUAL || this.oldEnd[i]! < end) return -1;
    return this.newStart[i]! + (start - this.oldStart[i]!);
  }

  /** The old offset the new character at `at` comes from, or -1 when it was inserted. */
  origin(at: number): number {
    const i = this.partAtNew(at);
    if (i < 0 || this.kind[i] !== EQUAL) return -1;
    return this.oldStart[i]! + (at - this.newStart[i]!);
  }

  /** The edits that removed the old character at `at`, or null when it survived. */
  hunkAtOld(at: number): Hunk | null {
    const i = this.partAtOld(at);
    if (i < 0 || this.kind[i] === EQUAL) return null;
    let first = i;
    let last = i;
    while (first > 0 && this.kind[first - 1] !== EQUAL) first--;
    while (last < this.kind.length - 1 && this.kind[last + 1] !== EQUAL) last++;
    return {
      oldStart: this.oldStart[first]!,
      oldEnd: this.oldEnd[last]!,
      newStart: this.newStart[first]!,
      newEnd: this.newEnd[last]!,
    };
  }

  /** Where the old character at `at` is in the new text, or -1 when it was deleted. */
  newOffsetOf(at: number): number {
    const i = this.partAtOld(at);
    if (i < 0 || this.kind[i] !== EQUAL) return -1;
    return this.newStart[i]! + (at - this.oldStart[i]!);
  }

  /**
   * Whether every word character of new [start, start + length) is either the old character at the
   * same place in old [oldStart, …) or inserted text: the words are the claim's own, or new. Spaces
   * and punctuation may come from anywhere: the diff aligns a lone "." or " " as it likes.
   */
  ownOrInserted(newText: string, start: number, length: number, oldStart: number): boolean {
    return this.everyEqualPart(
      start,
      start + length,
      (from, origin, to) => origin === oldStart + (from - start) || !WORD_CHAR.test(newText.slice(from, to)),
    );
  }

  /** How many characters of new [start, end) survive from old [oldStart, oldEnd). */
  survivorsFrom(start: number, end: number, oldStart: number, oldEnd: number): number {
    let count = 0;
    this.everyEqualPart(start, end, (from, origin, to) => {
      const first = Math.max(origin, oldStart);
      const last = Math.min(origin + (to - from), oldEnd);
      count += Math.max(0, last - first);
      return true;
    });
    return count;
  }

  private everyEqualPart(start: number, end: number, test: (from: number, origin: number, to: number) => boolean) {
    for (let i = Math.max(0, this.partAtNew(start)); i < this.kind.length && this.newStart[i]! < end; i++) {
      if (this.kind[i] !== EQUAL) continue;
      const from = Math.max(start, this.newStart[i]!);
      const to = Math.min(end, this.newEnd[i]!);
      if (from < to && !test(from, this.oldStart[i]! + (from - this.newStart[i]!), to)) return false;
    }
    return true;
  }

  // The part holding the old character at `at`: the first whose oldEnd passes it (never an
  // insertion, which is empty in the old text). -1 past the end.
  private partAtOld(at: number): number {
    return firstAbove(this.oldEnd, at);
  }

  private partAtNew(at: number): number {
    return firstAbove(this.newEnd, at);
  }
}

/** The first index whose value exceeds `at` in a non-decreasing array, or -1. */
function firstAbove(values: Int32Array, at: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! > at) high = mid;
    else low = mid + 1;
  }
  return low < values.length ? low : -1;
}
