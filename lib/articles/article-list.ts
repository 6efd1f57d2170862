// The articles list as GET /api/articles returns it and /articles shows it. Pure: browser and server.
import { z } from "zod";
import type { ArticleSummaryView } from "@/lib/articles/article-view";
import type { ClaimStatus } from "@/lib/claims/claim-view";
import { CursorParam, limitParam } from "@/lib/pagination/cursor";
import { queryFlag, queryParam } from "@/lib/validation/query-param";
import { text } from "@/lib/validation/text";

export interface ArticleListItem extends ArticleSummaryView {
  /** The article's claims per review status. */
  statusCounts: Record<ClaimStatus, number>;
  /** "/p/<slug>" while the article is published, else null. */
  publicPath: string | null;
}

export const ARTICLE_SORTS = {
  newest: "Newest added",
  oldest: "Oldest added",
  title: "Title A–Z",
  claims: "Most claims",
} as const;

export type ArticleSort = keyof typeof ARTICLE_SORTS;

/** Articles per page: the default, and the most `?limit=` may ask for. */
export const ARTICLE_PAGE = { default: 50, max: 100 } as const;

export interface ArticleListPage {
  articles: ArticleListItem[];
  /** The next page's `cursor`, or null on the last page. */
  nextCursor: string | null;
}

/** The list's query string, so a sorted and filtered list can be shared as a link. */
export const ArticleListQuery = z.object({
  q: queryParam(text("The search").trim().max(200, "Search for at most 200 characters.")),
  sort: queryParam(
    z.enum(Object.keys(ARTICLE_SORTS) as [ArticleSort, ...ArticleSort[]], "Sort by newest, oldest, title or claims."),
  ).transform((sort) => sort ?? "newest"),
  published: queryFlag,
  inReview: queryFlag,
  cursor: CursorParam,
  limit: limitParam(ARTICLE_PAGE.max).transform((limit) => limit ?? ARTICLE_PAGE.default),
});

export type ArticleListQuery = z.output<typeof ArticleListQuery>;
