// The search page's address holds the whole search, so it can be shared and reloaded. Pure.

/** The parameters the page keeps in its address (GET /api/search takes the same). */
export const SEARCH_PARAMS = [
  "q",
  "type",
  "status",
  "verdict",
  "claimant",
  "checker",
  "assignee",
  "article",
  "from",
  "to",
  "cursor",
] as const;

export type SearchParamName = (typeof SEARCH_PARAMS)[number];
export type SearchParams = Partial<Record<SearchParamName, string>>;

/** The first value of each known, non-empty parameter. */
export function readSearchParams(raw: Record<string, string | string[] | undefined>): SearchParams {
  const params: SearchParams = {};
  for (const name of SEARCH_PARAMS) {
    const value = raw[name];
    const first = Array.isArray(value) ? value[0] : value;
    if (first) params[name] = first;
  }
  return params;
}

/**
 * /search with `params` changed by `change` (undefined removes one). Any change but the page's
 * cursor itself starts again at the first page.
 */
export function searchHref(params: SearchParams, change: SearchParams = {}): string {
  const next: SearchParams = { ...params, ...change };
  if (!("cursor" in change)) delete next.cursor;
  const query = new URLSearchParams();
  for (const name of SEARCH_PARAMS) {
    const value = next[name];
    if (value) query.set(name, value);
  }
  const text = query.toString();
  return text ? `/search?${text}` : "/search";
}

/** The claim on the desk, or the article. */
export function resultHref(result: { type: string; articleId: string; number?: number }): string {
  return result.type === "claim" && result.number
    ? `/articles/${result.articleId}?claim=${result.number}`
    : `/articles/${result.articleId}`;
}
