import "server-only";
import type { ClaimStatus, Prisma } from "@/server/generated/prisma/client";
import { zeroStatusCounts } from "@/lib/claims/status";
import { decodeCursor, encodeCursor, pageOf } from "@/lib/pagination/cursor";
import { REVIEW_QUEUE_PAGE, type ReviewQueue } from "@/lib/review/review-queue";
import { badCursor, rowsAfter } from "@/server/db/keyset";
import { db } from "@/server/db";
import { assertPermission, type Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { ReviewQueueQuery } from "@/server/review/schemas";
import { claimInclude, toClaimView } from "@/server/claims/claim-view";

/** How far down the list the article filter's options come from (see articleOptions). */
export const ARTICLE_OPTIONS_FROM = 200;

/**
 * The editors' queue: claims in review, oldest submission first, or, filtered by another status,
 * the claims of that status, most recently changed first. `counts` respect the article and
 * checker filters but not the verdict one, so they answer "how much work is there for this
 * article / this checker" whatever verdict is being looked at. Across the desk they come from the
 * tally the Claim triggers keep (ClaimTally), never from counting the claims themselves; within
 * one article, the article's own claims are few enough to count.
 */
export async function listReviewQueue(rawQuery: unknown, actor: Actor): Promise<ReviewQueue> {
  assertPermission(actor, "review.queue");
  const query = parseInput(ReviewQueueQuery, rawQuery);
  const { articleId, checkerId, verdict, status = "IN_REVIEW", cursor } = query;
  const limit = query.limit ?? REVIEW_QUEUE_PAGE.default;
  const listed: Prisma.ClaimWhereInput = { articleId, createdById: checkerId, status, verdict };
  const after = cursor ? afterCursor(cursor, status) : {};
  const orderBy: Prisma.ClaimOrderByWithRelationInput[] =
    status === "IN_REVIEW"
      ? // submittedAt is set whenever a claim enters review; a row without one is treated as oldest.
        [{ submittedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }]
      : [{ updatedAt: "desc" }, { id: "asc" }];

  const [rows, tally, articles, checkers] = await Promise.all([
    db.claim.findMany({
      where: { AND: [listed, after] },
      orderBy,
      take: limit + 1,
      include: { ...claimInclude, article: { select: { id: true, title: true } } },
    }),
    articleId ? countInArticle(articleId, checkerId) : db.claimTally.findMany({ where: { createdById: checkerId } }),
    articleOptions(status, orderBy, articleId),
    checkerOptions(status, checkerId),
  ]);
  const counts = zeroStatusCounts();
  let total = 0;
  for (const row of tally) {
    counts[row.status] += row.count;
    if (row.status === status && (!verdict || row.verdict === verdict)) total += row.count;
  }

  const now = Date.now();
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

/** One article's claims counted by status and verdict, shaped like tally rows. */
async function countInArticle(articleId: string, checkerId: string | undefined) {
  const grouped = await db.claim.groupBy({
    by: ["status", "verdict"],
    where: { articleId, createdById: checkerId },
    _count: { _all: true },
  });
  return grouped.map((g) => ({ status: g.status, verdict: g.verdict ?? "", count: g._count._all }));
}

/**
 * The article filter's options: the articles of the first ARTICLE_OPTIONS_FROM claims of the
 * status in the list's own order (on a large desk, the ones waiting longest), plus the selected
 * one. Every article with claims of the status would be tens of thousands of options on a desk
 * with years of work; any article can still be chosen from a claim in the list or by its address.
 */
async function articleOptions(
  status: ClaimStatus,
  orderBy: Prisma.ClaimOrderByWithRelationInput[],
  selected: string | undefined,
) {
  const first = await db.claim.findMany({
    where: { status },
    orderBy,
    take: ARTICLE_OPTIONS_FROM,
    select: { articleId: true },
  });
  const ids = [...new Set([...first.map((c) => c.articleId), ...(selected ? [selected] : [])])];
  // Sorted here: ORDER BY title would have the planner walk the whole title index for a few ids.
  const articles = await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } });
  return articles.sort((a, b) => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1));
}

/** The checker filter's options: everyone with claims of the status (from the tally), plus the selected one. */
async function checkerOptions(status: ClaimStatus, selected: string | undefined) {
  const withClaims = await db.claimTally.findMany({
    where: { status, count: { gt: 0 } },
    distinct: ["createdById"],
    select: { createdById: true },
  });
  const ids = [...new Set([...withClaims.map((t) => t.createdById), ...(selected ? [selected] : [])])];
  return db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
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
  return rowsAfter([
    status === "IN_REVIEW"
      ? { field: "submittedAt", direction: "asc", nulls: "first", value: date }
      : { field: "updatedAt", direction: "desc", value: date },
    { field: "id", direction: "asc", value: id },
  ]);
}
