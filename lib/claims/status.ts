import type { ClaimStatus } from "@/lib/claims/claim-view";

/** How each review status reads on screen: always words, with a symbol beside them. */
export const STATUS_DISPLAY: Record<ClaimStatus, { label: string; symbol: string }> = {
  DRAFT: { label: "Draft", symbol: "✎" },
  IN_REVIEW: { label: "In review", symbol: "⌛" },
  CHANGES_REQUESTED: { label: "Changes requested", symbol: "↩" },
  APPROVED: { label: "Approved", symbol: "✔" },
};
