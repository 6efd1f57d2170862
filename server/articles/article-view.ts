import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { ArticleSummaryView, ArticleView } from "@/lib/articles/article-view";
import { claimInclude, toClaimView } from "@/server/claims/claim-view";

const person = { select: { id: true, name: true } } as const;

export const articleInclude = {
  createdBy: person,
  claims: { include: claimInclude, orderBy: [{ startOffset: "asc" }, { endOffset: "desc" }] },
} satisfies Prisma.ArticleInclude;

type ArticleRow = Prisma.ArticleGetPayload<{ include: typeof articleInclude }>;
type SummaryRow = Prisma.ArticleGetPayload<{
  include: { createdBy: typeof person; _count: { select: { claims: true } } };
}>;

/** The bibliographic fields both views share. */
function articleMeta(a: SummaryRow | ArticleRow): Omit<ArticleSummaryView, "claimCount"> {
  return {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    url: a.url,
    author: a.author,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    createdBy: a.createdBy,
    createdAt: a.createdAt.toISOString(),
  };
}

export function toArticleSummaryView(a: SummaryRow): ArticleSummaryView {
  return { ...articleMeta(a), claimCount: a._count.claims };
}

export function toArticleView(a: ArticleRow): ArticleView {
  return {
    ...articleMeta(a),
    publicPath: a.publicSlug ? `/p/${a.publicSlug}` : null,
    publicSince: a.publicSince?.toISOString() ?? null,
    revision: a.revision,
    updatedAt: a.updatedAt.toISOString(),
    contentHtml: a.contentHtml,
    contentText: a.contentText,
    claims: a.claims.map(toClaimView),
  };
}
