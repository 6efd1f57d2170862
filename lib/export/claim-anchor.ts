// Claim numbers as they appear in markup: `#claim-N` anchors, ids, footnote labels. Built from the
// number alone, never from stored text, and checked, so a bad number fails the export loudly.

export function claimNumber(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`not a claim number: ${n}`);
  return String(n);
}

/** `claim-N` (the note, as on the public page), `claim-N-text` (the first highlight)… */
export function claimId(n: number, suffix?: "text" | "ref" | "title"): string {
  return suffix ? `claim-${claimNumber(n)}-${suffix}` : `claim-${claimNumber(n)}`;
}
