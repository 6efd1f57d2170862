import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { ClaimStatus } from "@/lib/claims/claim-view";
import { REVIEW_QUEUE_LIMIT, type ReviewQueue } from "@/lib/review/review-queue";
import { db } from "@/server/db";
import { assertPermission, type Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { ReviewQueueQuery } from "@/server/review/schemas";
import { claimInclude, toClaimView } from "@/server/claims/claim-view";

const STATUSES: ClaimStatus[] = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"];

/**
 * The editors' queue: claims in review, oldest submission first. `counts` respect the article and
 * checker filters but not the verdict one, so they answer "how much work is there for this
 * article / this checker" whatever verdict is being looked at.
 */
export async function listReviewQueue(rawQuery: unknown, actor: Actor): Promise<ReviewQueue> {
  assertPermission(actor, "review.queue");
  const { articleId, checkerId, verdict } = parseInput(ReviewQueueQuery, rawQuery);
  const scope: Prisma.ClaimWhereInput = { articleId, createdById: checkerId };
  const inQueue: Prisma.ClaimWhereInput = { ...scope, status: "IN_REVIEW", verdict };

  const [rows, total, grouped, articles, checkers] = await Promise.all([
    db.claim.findMany({
      where: inQueue,
      // submittedAt is set whenever a claim enters review; a row without one is treated as oldest.
      orderBy: [{ submittedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
      take: REVIEW_QUEUE_LIMIT,
      include: { ...claimInclude, article: { select: { id: true, title: true } } },
    }),
    db.claim.count({ where: inQueue }),
    db.claim.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    // The current selection stays an option even once nothing of it is left in review.
    db.article.findMany({
      where: { OR: [{ claims: { some: { status: "IN_REVIEW" } } }, ...(articleId ? [{ id: articleId }] : [])] },
      select: { id: true, title: true },
      orderBy: [{ title: "asc" }, { id: "asc" }],
    }),
    db.user.findMany({
      where: { OR: [{ claimsCreated: { some: { status: "IN_REVIEW" } } }, ...(checkerId ? [{ id: checkerId }] : [])] },
      select: { id: true, name: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
  ]);

  const now = Date.now();
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const g of grouped) counts[g.status] = g._count._all;

  return {
    counts,
    total,
    items: rows.map((row) => ({
      claim: toClaimView(row),
      article: row.article,
      checker: row.createdBy,
      waitingSeconds: Math.max(0, Math.floor((now - (row.submittedAt ?? row.updatedAt).getTime()) / 1000)),
    })),
    filters: { articles, checkers },
  };
}
