import type { ClaimStatus, SourceStance } from "@/lib/claims/claim-view";

// Every symbol here must be covered by the "Factdesk Symbols" faces in app/globals.css (fonts
// shipped in npm packages, so they render on machines without symbol fonts, such as Debian's
// Chromium); lib/claims/symbols.test.ts checks it against the font files.

/** How each review status reads on screen: always words, with a symbol beside them. */
export const STATUS_DISPLAY: Record<ClaimStatus, { label: string; symbol: string }> = {
  DRAFT: { label: "Draft", symbol: "✎" },
  IN_REVIEW: { label: "In review", symbol: "⌛" },
  CHANGES_REQUESTED: { label: "Changes requested", symbol: "⮌" },
  APPROVED: { label: "Approved", symbol: "✔" },
};

/** The symbol shown beside a source's stance words (STANCE_LABELS). */
export const STANCE_SYMBOL: Record<SourceStance, string> = {
  SUPPORTS: "+",
  REFUTES: "−",
  CONTEXT: "🛈",
};

/** Every review status, in workflow order. */
export const CLAIM_STATUSES = Object.keys(STATUS_DISPLAY) as ClaimStatus[];

/** { DRAFT: 0, IN_REVIEW: 0, … }, to count into. */
export function zeroStatusCounts(): Record<ClaimStatus, number> {
  return Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
}
