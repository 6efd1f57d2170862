// The JSON shapes of an article as the API returns it: one line in a list, and the whole article
// with its claims. Dates travel as ISO strings.
import type { ClaimView, PersonView } from "@/lib/claims/claim-view";

export interface ArticleSummaryView {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  author: string | null;
  publishedAt: string | null;
  createdBy: PersonView;
  createdAt: string;
  claimCount: number;
}

export interface ArticleView extends Omit<ArticleSummaryView, "claimCount"> {
  /** "/p/<slug>" while the article is published, else null. */
  publicPath: string | null;
  publicSince: string | null;
  /** The current revision's number; contentHtml and contentText are that revision's. */
  revision: number;
  contentHtml: string;
  contentText: string;
  updatedAt: string;
  claims: ClaimView[];
}
