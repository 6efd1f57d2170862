// The JSON of GET /api/claims/:id/matches (docs/api.md#already-fact-checked). Dates are ISO strings.
import type { ClaimStatus, PersonView } from "@/lib/claims/claim-view";
import type { MatchTier } from "@/lib/matching/tiers";

/** Another claim, as much of it as a match or a link shows. */
export interface RelatedClaimView {
  id: string;
  articleId: string;
  articleTitle: string;
  /** "Claim 4" in its own article. */
  number: number;
  exact: string;
  verdict: string | null;
  status: ClaimStatus;
  createdAt: string;
  /** When it was last approved or sent back. */
  reviewedAt: string | null;
}

export interface ClaimMatchView {
  claim: RelatedClaimView;
  /** 0..1, see lib/matching/tiers.ts. */
  score: number;
  tier: MatchTier;
  sharedTerms: string[];
  /** The other claim is in the same article: a repeat of the talking point there. */
  sameArticle: boolean;
}

export interface ClaimLinkView {
  claim: RelatedClaimView;
  /** Whether the verdict, rationale and sources were copied along with the link. */
  copied: boolean;
  createdBy: PersonView;
  createdAt: string;
}

export interface ClaimLinksView {
  /** The earlier fact-checks this claim uses. */
  uses: ClaimLinkView[];
  /** The later claims that use this one's fact-check. */
  usedBy: ClaimLinkView[];
}

export interface ClaimMatchesResponse {
  /** Strong before possible, then by score; dismissed and linked claims left out. */
  matches: ClaimMatchView[];
  links: ClaimLinksView;
}
