import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { toArticleSummaryView } from "@/server/articles/article-view";
import type { ArticleSummaryView } from "@/lib/claims/claim-view";

export async function listArticles(
  _actor: Actor,
  { take = 100 }: { take?: number } = {},
): Promise<ArticleSummaryView[]> {
  const rows = await db.article.findMany({
    orderBy: { createdAt: "desc" },
    take,
    include: { createdBy: { select: { id: true, name: true } }, _count: { select: { claims: true } } },
  });
  return rows.map(toArticleSummaryView);
}
