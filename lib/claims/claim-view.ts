// The JSON shapes the API returns and the reading view consumes. Dates travel as ISO strings.
import type { TextPositionSelector, TextQuoteSelector } from "@/lib/anchoring/types";

export type ClaimStatus = "DRAFT" | "IN_REVIEW" | "CHANGES_REQUESTED" | "APPROVED";
export type SourceStance = "SUPPORTS" | "REFUTES" | "CONTEXT";

export type AnchorStatus = "exact" | "fuzzy" | "orphaned";

export interface ClaimAnchor {
  status: AnchorStatus;
  /** 0..1: 1 for the same words; for changed words, how close they are to the old ones. */
  score: number;
  revision: number;
}

export interface PersonView {
  id: string;
  name: string;
}

export interface SourceView {
  id: string;
  claimId: string;
  url: string;
  title: string;
  publisher: string | null;
  excerpt: string | null;
  stance: SourceStance;
  addedBy: PersonView;
  createdAt: string;
}

export interface ClaimView {
  id: string;
  articleId: string;
  /** "Claim 8": stable within the article, assigned at creation, never reused; `#claim-8` links. */
  number: number;
  /** W3C Web Annotation target: the quote and its position in the article's contentText. */
  target: { selector: [TextQuoteSelector, TextPositionSelector] };
  /**
   * How the selectors stand in the article's current revision. Unless orphaned they index the
   * current contentText; an orphan's still index revision `revision`, where it was last found.
   */
  anchor: ClaimAnchor;
  claimant: string | null;
  verdict: string | null;
  rationale: string | null;
  status: ClaimStatus;
  version: number;
  createdBy: PersonView;
  updatedBy: PersonView;
  /** Who last changed the verdict or rationale: the one editor who may not approve it. */
  verdictEditedBy: PersonView | null;
  /** When the claim last entered review. */
  submittedAt: string | null;
  reviewedBy: PersonView | null;
  reviewedAt: string | null;
  /** Who the work is with: desk-internal, never on the public page or in exports. */
  assignee: PersonView | null;
  createdAt: string;
  updatedAt: string;
  sources: SourceView[];
}

export const STANCE_LABELS: Record<SourceStance, string> = {
  SUPPORTS: "Supports the claim",
  REFUTES: "Refutes the claim",
  CONTEXT: "Adds context",
};
