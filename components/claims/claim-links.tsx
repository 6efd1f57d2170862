import type { ClaimLinksView, RelatedClaimView } from "@/lib/matching/match-view";
import { claimDeskPath } from "@/lib/review/review-queue";
import { VerdictBadge } from "@/components/claims/verdict-badge";

/** "claim 4 in “Article B”", or "claim 4 in this article". */
export function relatedClaimName(other: RelatedClaimView, articleId: string): string {
  return other.articleId === articleId
    ? `claim ${other.number} in this article`
    : `claim ${other.number} in “${other.articleTitle}”`;
}

/** Both ends of a link say so: the claim that uses a fact-check, and the claim whose it is. */
export function ClaimLinks({ links, articleId }: { links: ClaimLinksView; articleId: string }) {
  if (links.uses.length + links.usedBy.length === 0) return null;
  return (
    <ul className="claim-links" aria-label="Linked fact-checks">
      {links.uses.map((l) => (
        <li key={`uses-${l.claim.id}`}>
          Uses the fact-check of <a href={claimDeskPath(l.claim)}>{relatedClaimName(l.claim, articleId)}</a>{" "}
          <VerdictBadge verdict={l.claim.verdict} />
          {l.copied && <span className="claim-links__note"> Its verdict, rationale and sources were copied.</span>}
        </li>
      ))}
      {links.usedBy.map((l) => (
        <li key={`used-by-${l.claim.id}`}>
          Used by <a href={claimDeskPath(l.claim)}>{relatedClaimName(l.claim, articleId)}</a>
        </li>
      ))}
    </ul>
  );
}
