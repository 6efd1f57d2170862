import type { TextRange } from "@/lib/anchoring/types";

/** Rejects ranges that do not lie within the text; a silently clamped range would quote the wrong words. */
export function assertRangeInText(text: string, { start, end }: TextRange): void {
  const valid = Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length;
  if (!valid) throw new RangeError(`[${start}, ${end}) is not a range within a text of length ${text.length}`);
}

// A UTF-16 high surrogate: the first half of a character outside the Basic Multilingual Plane.
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
