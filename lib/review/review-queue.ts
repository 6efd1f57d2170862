// The review queue as the API returns it and the review page shows it. Pure: browser and server.
import type { ClaimStatus, ClaimView, PersonView } from "@/lib/claims/claim-view";
import type { VerdictKey } from "@/lib/verdicts";

/** What the queue is narrowed to; every filter is optional. */
export interface ReviewQueueFilters {
  articleId?: string;
  checkerId?: string;
  verdict?: VerdictKey;
  /** The status the listed claims have; IN_REVIEW (the queue proper) when absent. */
  status?: ClaimStatus;
  /** Where the page starts (lib/pagination/cursor.ts), and how many claims it holds. */
  cursor?: string;
  limit?: number;
}

export interface ReviewQueueItem {
  claim: ClaimView;
  article: { id: string; title: string };
  /** The fact-checker who created the claim. */
  checker: PersonView;
  /** Seconds since the claim last entered review (or, out of review, last changed), when the queue was read. */
  waitingSeconds: number;
}

export interface ReviewQueue {
  /** The status of the listed claims. */
  status: ClaimStatus;
  /** Claims per status, within the article and checker filters (the verdict filter does not apply). */
  counts: Record<ClaimStatus, number>;
  /** One page of the claims of `status` matching every filter (in review: oldest submission first). */
  items: ReviewQueueItem[];
  /** The next page's `cursor`, or null on the last page (lib/pagination/cursor.ts). */
  nextCursor: string | null;
  /** How many claims of `status` match every filter, on every page. */
  total: number;
  /** Options for the filter selects: who and what has claims of `status`, plus any current selection. */
  filters: { articles: { id: string; title: string }[]; checkers: PersonView[] };
}

/** Claims per page of the queue: the default, and the most `?limit=` may ask for. */
export const REVIEW_QUEUE_PAGE = { default: 50, max: 200 } as const;

/** The list's heading per status: the queue waits oldest first; the rest show recent work first. */
export const QUEUE_HEADINGS: Record<ClaimStatus, string> = {
  IN_REVIEW: "Waiting for review, oldest first",
  CHANGES_REQUESTED: "Sent back for changes, most recently changed first",
  APPROVED: "Approved, most recently changed first",
  DRAFT: "Drafts, most recently changed first",
};

/** The review page's address for these filters (IN_REVIEW, the default status, left out). */
export function reviewQueuePath(
  filters: Pick<ReviewQueueFilters, "articleId" | "checkerId" | "verdict" | "status">,
): string {
  const params = new URLSearchParams();
  for (const key of ["articleId", "checkerId", "verdict"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.status && filters.status !== "IN_REVIEW") params.set("status", filters.status);
  const query = params.toString();
  return query ? `/review?${query}` : "/review";
}

/** The desk's address of one claim: the article page opens with that claim selected. */
export function claimDeskPath(claim: Pick<ClaimView, "articleId" | "number">): string {
  return `/articles/${claim.articleId}?claim=${claim.number}`;
}

/** "less than a minute", "45 min", "3 h 12 min", "2 d 4 h": coarse enough to read at a glance. */
export function formatWaiting(seconds: number): string {
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  if (minutes < 1) return "less than a minute";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}
