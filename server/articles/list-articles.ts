import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import {
  ARTICLE_LIST_LIMIT,
  ArticleListQuery,
  type ArticleListItem,
  type ArticleSort,
} from "@/lib/articles/article-list";
import { zeroStatusCounts } from "@/lib/claims/status";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { toArticleSummaryView } from "@/server/articles/article-view";

const ORDER: Record<ArticleSort, Prisma.ArticleOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  oldest: [{ createdAt: "asc" }, { id: "asc" }],
  title: [{ title: "asc" }, { createdAt: "desc" }],
  claims: [{ claims: { _count: "desc" } }, { createdAt: "desc" }],
};

/**
 * The newsroom's articles with their claims per status and whether they are published, sorted
 * and filtered by the list's query string (raw, as it arrives; invalid values are a 400).
 */
export async function listArticles(_actor: Actor, rawQuery: unknown = {}): Promise<ArticleListItem[]> {
  const { q, sort, published, inReview } = parseInput(ArticleListQuery, rawQuery);
  const where: Prisma.ArticleWhereInput = {
    ...(q && {
      OR: [{ title: { contains: q, mode: "insensitive" } }, { outlet: { contains: q, mode: "insensitive" } }],
    }),
    ...(published && { publicSlug: { not: null } }),
    ...(inReview && { claims: { some: { status: "IN_REVIEW" } } }),
  };
  const rows = await db.article.findMany({
    where,
    orderBy: ORDER[sort],
    take: ARTICLE_LIST_LIMIT,
    include: { createdBy: { select: { id: true, name: true } }, _count: { select: { claims: true } } },
  });
  const grouped = await db.claim.groupBy({
    by: ["articleId", "status"],
    where: { articleId: { in: rows.map((r) => r.id) } },
    _count: { _all: true },
  });
  const counts = new Map(rows.map((r) => [r.id, zeroStatusCounts()]));
  for (const g of grouped) counts.get(g.articleId)![g.status] = g._count._all;

  return rows.map((row) => ({
    ...toArticleSummaryView(row),
    statusCounts: counts.get(row.id)!,
    publicPath: row.publicSlug ? `/p/${row.publicSlug}` : null,
  }));
}
