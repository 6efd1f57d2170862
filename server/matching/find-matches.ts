import "server-only";
import type { ClaimStatus } from "@/lib/claims/claim-view";
import type { ClaimMatchView } from "@/lib/matching/match-view";
import { compareQuotes } from "@/lib/matching/compare-quotes";
import { CANDIDATE_TRIGRAM, MAX_CANDIDATES, MAX_MATCHES } from "@/lib/matching/tiers";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { toRelatedClaimView } from "@/server/matching/related-claim";

interface CandidateRow {
  id: string;
  articleId: string;
  articleTitle: string;
  number: number;
  exact: string;
  verdict: string | null;
  status: ClaimStatus;
  createdAt: Date;
  reviewedAt: Date | null;
  trigram: number;
}

/**
 * Earlier claims whose quote is like this one's, strongest first (lib/matching/tiers.ts): in other
 * articles "already fact-checked", in the same article a repeat. "Earlier" is by creation, so a
 * pair is suggested on the newer claim only, where the work is. Pairs someone dismissed, either way
 * round, and claims already linked to this one are left out (the links are listed apart).
 */
export async function findMatches(claimId: string): Promise<ClaimMatchView[]> {
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: { id: true, articleId: true, exact: true },
  });
  if (!claim) throw notFound("Claim");
  // The nearest quotes first, by the GiST index on lower("exact") (see MAX_CANDIDATES), then the
  // filters. The row comparison keeps (createdAt, id) ties in one order.
  const candidates = await db.$queryRaw<CandidateRow[]>`
    WITH nearest AS (
      SELECT n."id", similarity(n."exact", ${claim.exact})::float8 AS "trigram"
      FROM "Claim" n
      WHERE n."id" <> ${claim.id}
      ORDER BY lower(n."exact") <-> lower(${claim.exact})
      LIMIT ${MAX_CANDIDATES})
    SELECT b."id", b."articleId", a."title" AS "articleTitle", b."number", b."exact", b."verdict",
           b."status"::text AS "status", b."createdAt", b."reviewedAt", nearest."trigram"
    FROM nearest
    JOIN "Claim" b ON b."id" = nearest."id"
    JOIN "Article" a ON a."id" = b."articleId"
    WHERE nearest."trigram" >= ${CANDIDATE_TRIGRAM}
      AND (b."createdAt", b."id") < (SELECT "createdAt", "id" FROM "Claim" WHERE "id" = ${claim.id})
      AND NOT EXISTS (
        SELECT 1 FROM "ClaimMatchDismissal" d
        WHERE (d."claimId" = ${claim.id} AND d."otherClaimId" = b."id")
           OR (d."claimId" = b."id" AND d."otherClaimId" = ${claim.id}))
      AND NOT EXISTS (
        SELECT 1 FROM "ClaimLink" l
        WHERE (l."claimId" = ${claim.id} AND l."linkedClaimId" = b."id")
           OR (l."claimId" = b."id" AND l."linkedClaimId" = ${claim.id}))
    ORDER BY "trigram" DESC, (b."status" = 'APPROVED') DESC, b."createdAt" DESC`;
  return candidates
    .flatMap((row) => {
      const comparison = compareQuotes(claim.exact, row.exact, row.trigram);
      return comparison
        ? [
            {
              ...comparison,
              claim: toRelatedClaimView({ ...row, article: { title: row.articleTitle } }),
              sameArticle: row.articleId === claim.articleId,
            },
          ]
        : [];
    })
    .sort((a, b) => tierRank(a) - tierRank(b) || b.score - a.score)
    .slice(0, MAX_MATCHES);
}

const tierRank = (m: ClaimMatchView) => (m.tier === "strong" ? 0 : 1);
