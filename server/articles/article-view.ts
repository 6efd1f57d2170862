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
/** What a list entry reads of an article: never its text, which may be megabytes. */
export const articleSummarySelect = {
  id: true,
  title: true,
  outlet: true,
  url: true,
  author: true,
  publishedAt: true,
  createdAt: true,
  claimCount: true,
  publicSlug: true,
  createdBy: person,
} satisfies Prisma.ArticleSelect;

type SummaryRow = Prisma.ArticleGetPayload<{ select: typeof articleSummarySelect }>;

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
  return { ...articleMeta(a), claimCount: a.claimCount };
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
