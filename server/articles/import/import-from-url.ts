import "server-only";
import { ARTICLE_BODY_LIMIT_BYTES } from "@/server/articles/schemas";
import type { ArticleMeta } from "@/server/articles/import/article-meta";
import { fetchArticlePage, type FetchOverrides } from "@/server/articles/import/fetch-article-page";
import { refuse } from "@/server/articles/import/fetch-target";
import { runInParseWorker } from "@/server/workers/parse-pool";

export type ImportedFromUrl = {
  contentHtml: string;
  contentText: string;
  /** Where the page was found, after redirects: what the article's `url` records. */
  url: string;
  meta: ArticleMeta;
};

/**
 * Fetches a page here, then extracts its article and runs it through the pasted-HTML pipeline on
 * a parse worker (jsdom and Readability take seconds on a large page).
 */
export async function importFromUrl(url: string, overrides: FetchOverrides = {}): Promise<ImportedFromUrl> {
  const page = await fetchArticlePage(url, overrides);
  const { contentHtml, contentText, meta, extractedBytes } = await runInParseWorker({
    kind: "page",
    url: page.url,
    contentType: page.contentType,
    body: page.body,
  });
  // The page may be 5 MB; the article taken from it is held to the limit of a pasted body.
  if (extractedBytes > ARTICLE_BODY_LIMIT_BYTES) {
    throw refuse("The article on this page is larger than 2 MB once extracted.");
  }
  if (contentText.trim() === "") throw refuse("No article text was found on this page.");
  return { contentHtml, contentText, url: page.url, meta };
}
