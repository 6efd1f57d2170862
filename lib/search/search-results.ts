// The search API's answer (GET /api/search) as the server builds it and the search page shows it.
// Pure: browser and server.
import type { ClaimStatus } from "@/lib/claims/claim-view";
import type { VerdictKey } from "@/lib/verdicts";
import type { Snippet } from "@/lib/search/snippet";

/** Results per page unless `limit` says otherwise (1 to SEARCH_MAX_LIMIT). */
export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_MAX_LIMIT = 50;
export const SEARCH_QUERY_MAX = 200;

export type SearchResultType = "claim" | "article";

export interface SearchResult {
  type: SearchResultType;
  id: string;
  articleId: string;
  /** The article's title (for a claim: the article it is in). */
  title: string;
  /** Claims only: the claim's number in its article ("Claim 8"), its words, claimant, verdict, status. */
  number?: number;
  quote?: string;
  claimant?: string | null;
  verdict?: VerdictKey | null;
  status?: ClaimStatus;
  /** Plain text; `highlights` are [start, end) offsets of the matched words in it. */
  snippet: string;
  highlights: Snippet["highlights"];
  score: number;
  createdAt: string;
}

export interface FacetCount {
  /** The filter's value (a status, a verdict key, a user id, an article id). */
  value: string;
  label: string;
  count: number;
}

export interface SearchFacets {
  status: FacetCount[];
  verdict: FacetCount[];
  checker: FacetCount[];
  /** The ten articles with most matching claims. */
  article: FacetCount[];
}

export interface SearchResponse {
  results: SearchResult[];
  /** Results over all pages (claims and articles). */
  total: number;
  /** More matched than one search looks at (lib/search/ranking.ts CANDIDATE_LIMITS): narrow it. */
  totalCapped: boolean;
  /** Pass as `cursor` for the next page (lib/pagination/cursor.ts); null on the last page. */
  nextCursor: string | null;
  facets: SearchFacets;
}
