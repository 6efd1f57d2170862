import "server-only";
import { safeFetch, type FetchedResponse, type SafeFetchOptions } from "@/server/articles/import/safe-fetch";

export const ARTICLE_PAGE_TYPES = ["text/html", "application/xhtml+xml"] as const;

/** Tests shorten the timeout or allow loopback; everyone else takes the defaults (10 s, 5 MB, 5 redirects). */
export type FetchOverrides = Partial<Omit<SafeFetchOptions, "contentTypes">>;

/** Fetches the web page at `url` (a user's input) with the safety rules of safeFetch. */
export function fetchArticlePage(url: string, overrides: FetchOverrides = {}): Promise<FetchedResponse> {
  return safeFetch(url, { ...overrides, contentTypes: ARTICLE_PAGE_TYPES });
}
