// The review queue as the API returns it and the review page shows it. Pure: browser and server.
import type { ClaimStatus, ClaimView, PersonView } from "@/lib/claims/claim-view";
import type { VerdictKey } from "@/lib/verdicts";

/** What the queue is narrowed to; every filter is optional. */
export interface ReviewQueueFilters {
  articleId?: string;
  checkerId?: string;
  verdict?: VerdictKey;
}

export interface ReviewQueueItem {
  claim: ClaimView;
  article: { id: string; title: string };
  /** The fact-checker who created the claim. */
  checker: PersonView;
  /** Seconds since the claim last entered review, when the queue was read. */
  waitingSeconds: number;
}

export interface ReviewQueue {
  /** Claims per status, within the article and checker filters (the verdict filter does not apply). */
  counts: Record<ClaimStatus, number>;
  /** Claims in review matching every filter, oldest submission first, at most REVIEW_QUEUE_LIMIT. */
  items: ReviewQueueItem[];
  /** How many claims in review match every filter; more than items.length when the list is cut. */
  total: number;
  /** Options for the filter selects: who and what has claims in review, plus any current selection. */
  filters: { articles: { id: string; title: string }[]; checkers: PersonView[] };
}

export const REVIEW_QUEUE_LIMIT = 200;

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
