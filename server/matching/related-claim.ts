import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { RelatedClaimView } from "@/lib/matching/match-view";

/** What a match or a link shows of the other claim. */
export const relatedClaimSelect = {
  id: true,
  articleId: true,
  number: true,
  exact: true,
  verdict: true,
  status: true,
  createdAt: true,
  reviewedAt: true,
  article: { select: { title: true } },
} satisfies Prisma.ClaimSelect;

type RelatedRow = Prisma.ClaimGetPayload<{ select: typeof relatedClaimSelect }>;

export function toRelatedClaimView(c: RelatedRow): RelatedClaimView {
  return {
    id: c.id,
    articleId: c.articleId,
    articleTitle: c.article.title,
    number: c.number,
    exact: c.exact,
    verdict: c.verdict,
    status: c.status,
    createdAt: c.createdAt.toISOString(),
    reviewedAt: c.reviewedAt?.toISOString() ?? null,
  };
}
