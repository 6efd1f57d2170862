import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import { zeroStatusCounts } from "@/lib/claims/status";
import { decodeCursor, encodeCursor, pageOf } from "@/lib/pagination/cursor";
import { REVIEW_QUEUE_PAGE, type ReviewQueue } from "@/lib/review/review-queue";
import { badCursor, rowsAfter } from "@/server/db/keyset";
import { db } from "@/server/db";
import { assertPermission, type Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { ReviewQueueQuery } from "@/server/review/schemas";
import { claimInclude, toClaimView } from "@/server/claims/claim-view";

/**
 * The editors' queue: claims in review, oldest submission first, or, filtered by another status,
 * the claims of that status, most recently changed first. `counts` respect the article and
 * checker filters but not the verdict one, so they answer "how much work is there for this
 * article / this checker" whatever verdict is being looked at.
 */
export async function listReviewQueue(rawQuery: unknown, actor: Actor): Promise<ReviewQueue> {
  assertPermission(actor, "review.queue");
  const query = parseInput(ReviewQueueQuery, rawQuery);
  const { articleId, checkerId, verdict, status = "IN_REVIEW", cursor } = query;
  const limit = query.limit ?? REVIEW_QUEUE_PAGE.default;
  const scope: Prisma.ClaimWhereInput = { articleId, createdById: checkerId };
  const listed: Prisma.ClaimWhereInput = { ...scope, status, verdict };
  const after = cursor ? afterCursor(cursor, status) : {};
  const orderBy: Prisma.ClaimOrderByWithRelationInput[] =
    status === "IN_REVIEW"
      ? // submittedAt is set whenever a claim enters review; a row without one is treated as oldest.
        [{ submittedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }]
      : [{ updatedAt: "desc" }, { id: "asc" }];

  const [rows, total, grouped, articles, checkers] = await Promise.all([
    db.claim.findMany({
      where: { AND: [listed, after] },
      orderBy,
      take: limit + 1,
      include: { ...claimInclude, article: { select: { id: true, title: true } } },
    }),
    db.claim.count({ where: listed }),
    db.claim.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    // The current selection stays an option even once nothing of it is left in the list.
    db.article.findMany({
      where: { OR: [{ claims: { some: { status } } }, ...(articleId ? [{ id: articleId }] : [])] },
      select: { id: true, title: true },
      orderBy: [{ title: "asc" }, { id: "asc" }],
    }),
    db.user.findMany({
      where: { OR: [{ claimsCreated: { some: { status } } }, ...(checkerId ? [{ id: checkerId }] : [])] },
      select: { id: true, name: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
  ]);

  const now = Date.now();
  const counts = zeroStatusCounts();
  for (const g of grouped) counts[g.status] = g._count._all;
  const since = (row: (typeof rows)[number]) =>
    status === "IN_REVIEW" ? (row.submittedAt ?? row.updatedAt) : row.updatedAt;

  const page = pageOf(
    rows,
    limit,
    (row) => ({
      claim: toClaimView(row),
      article: row.article,
      checker: row.createdBy,
      waitingSeconds: Math.max(0, Math.floor((now - since(row).getTime()) / 1000)),
    }),
    (row) =>
      encodeCursor(status, [(status === "IN_REVIEW" ? row.submittedAt : row.updatedAt)?.toISOString() ?? null, row.id]),
  );
  return { status, counts, total, items: page.items, nextCursor: page.nextCursor, filters: { articles, checkers } };
}

/**
 * The claims after a page's last one, in the list's order: in review by (submittedAt, id) with
 * claims that never had a submittedAt first, otherwise by (updatedAt descending, id).
 */
function afterCursor(cursor: string, status: string): Prisma.ClaimWhereInput {
  const values = decodeCursor(cursor, status, 2);
  const [at, id] = values ?? [];
  const date = typeof at === "string" ? new Date(at) : null;
  const valid = typeof id === "string" && (date ? !isNaN(date.getTime()) : at === null && status === "IN_REVIEW");
  if (!valid) {
    throw badCursor("status");
  }
  if (!date) return { OR: [{ submittedAt: null, id: { gt: id } }, { submittedAt: { not: null } }] };
  return rowsAfter([
    {
      field: status === "IN_REVIEW" ? "submittedAt" : "updatedAt",
      direction: status === "IN_REVIEW" ? "asc" : "desc",
      value: date,
    },
    { field: "id", direction: "asc", value: id },
  ]);
}
