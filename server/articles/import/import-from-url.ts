import "server-only";
import { importArticleBody } from "@/lib/article/import-body";
import { ARTICLE_BODY_LIMIT_BYTES } from "@/server/articles/schemas";
import type { ArticleMeta } from "@/server/articles/import/article-meta";
import { extractArticle } from "@/server/articles/import/extract-article";
import { fetchArticlePage, type FetchOverrides } from "@/server/articles/import/fetch-article-page";
import { refuse } from "@/server/articles/import/fetch-target";

export type ImportedFromUrl = {
  contentHtml: string;
  contentText: string;
  /** Where the page was found, after redirects: what the article's `url` records. */
  url: string;
  meta: ArticleMeta;
};

/** Fetches a page, extracts its article, and runs it through the pasted-HTML pipeline. */
export async function importFromUrl(url: string, overrides: FetchOverrides = {}): Promise<ImportedFromUrl> {
  const page = await fetchArticlePage(url, overrides);
  const { html, meta } = extractArticle(page);
  // The page may be 5 MB; the article taken from it is held to the limit of a pasted body.
  if (Buffer.byteLength(html, "utf8") > ARTICLE_BODY_LIMIT_BYTES) {
    throw refuse("The article on this page is larger than 2 MB once extracted.");
  }
  const { contentHtml, contentText } = importArticleBody({ format: "html", body: html });
  if (contentText.trim() === "") throw refuse("No article text was found on this page.");
  return { contentHtml, contentText, url: page.url, meta };
}
