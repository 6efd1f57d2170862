"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import type { ClaimView } from "@/lib/claims/claim-view";
import { STATUS_DISPLAY } from "@/lib/claims/status";
import { QUEUE_HEADINGS, type ReviewQueue, type ReviewQueueFilters } from "@/lib/review/review-queue";
import { PageLinks } from "@/components/ui/page-links";
import { QueueItem } from "./queue-item";
import { StatusCounts } from "./status-counts";

interface ReviewQueueViewProps {
  initial: ReviewQueue;
  selected: ReviewQueueFilters;
  /** The signed-in editor, for the two-person rule. */
  userId: string;
  /** The filter form, rendered on the server between the counts and the list. */
  filterForm: ReactNode;
}

/** The queue as it was read, updated in place as the editor approves or sends claims back. */
export function ReviewQueueView({ initial, selected, userId, filterForm }: ReviewQueueViewProps) {
  const [queue, setQueue] = useState(initial);
  const [announcement, setAnnouncement] = useState("");
  // A fresh read from the server (new filters, the same ones submitted again, or a live refresh
  // after someone's change) replaces what this page changed locally. The last confirmation
  // ("Approved claim 4 …") stays unless the filters changed: a colleague's unrelated change must
  // not wipe what the editor was just told.
  const [readFromServer, setReadFromServer] = useState({ initial, filters: filtersKey(selected) });
  if (readFromServer.initial !== initial) {
    const filters = filtersKey(selected);
    if (filters !== readFromServer.filters) setAnnouncement("");
    setReadFromServer({ initial, filters });
    setQueue(initial);
  }
  const { items, counts, total, status } = queue;
  const heading = useRef<HTMLHeadingElement>(null);
  // After an item leaves, focus goes to its neighbour (or the heading) instead of the page's top.
  const focusAfterRemoval = useRef<string | null | undefined>(undefined);

  useEffect(() => {
    const target = focusAfterRemoval.current;
    if (target === undefined) return;
    focusAfterRemoval.current = undefined;
    (target ? document.getElementById(`review-item-${target}`) : heading.current)?.focus();
  }, [items]);

  function handleReviewed(claim: ClaimView, message: string) {
    const index = items.findIndex((i) => i.claim.id === claim.id);
    focusAfterRemoval.current = (items[index + 1] ?? items[index - 1])?.claim.id ?? null;
    setQueue((current) => {
      const nextCounts = { ...current.counts, IN_REVIEW: Math.max(0, current.counts.IN_REVIEW - 1) };
      nextCounts[claim.status] += 1;
      return {
        ...current,
        items: current.items.filter((i) => i.claim.id !== claim.id),
        counts: nextCounts,
        total: current.total - 1,
      };
    });
    setAnnouncement(message);
  }

  const filtered = Boolean(selected.articleId || selected.checkerId || selected.verdict);
  const inReview = status === "IN_REVIEW";
  return (
    <>
      <StatusCounts counts={counts} selected={selected} status={status} />
      {filterForm}
      <h2 id="review-queue-heading" ref={heading} tabIndex={-1}>
        {QUEUE_HEADINGS[status]}
      </h2>
      <p role="status" className="review-queue__announcement">
        {announcement}
      </p>
      {items.length === 0 ? (
        <p className="review-queue__empty">
          {total > 0
            ? "You have worked through this part of the queue. Reload the page for the next claims."
            : filtered
              ? `No claims ${inReview ? "in review" : `with status “${STATUS_DISPLAY[status].label}”`} match these filters.`
              : inReview
                ? "No claims are waiting for review."
                : `No claims have the status “${STATUS_DISPLAY[status].label}”.`}
        </p>
      ) : (
        <ol className="review-list" aria-labelledby="review-queue-heading">
          {items.map((item) => (
            <QueueItem key={item.claim.id} item={item} userId={userId} onReviewed={handleReviewed} />
          ))}
        </ol>
      )}
      {items.length > 0 && total > items.length && (
        <p className="review-queue__more">
          {inReview
            ? `${total} claims are in review in all, oldest first, a page at a time.`
            : `${total} claims in all, most recently changed first, a page at a time.`}
        </p>
      )}
      <PageLinks
        label="Pages of the queue"
        path="/review"
        query={pageQuery(selected)}
        nextCursor={queue.nextCursor}
        first={Boolean(selected.cursor)}
      />
    </>
  );
}

function filtersKey({ articleId, checkerId, verdict, status, cursor }: ReviewQueueFilters): string {
  return JSON.stringify([articleId, checkerId, verdict, status, cursor]);
}

/** The queue's address without its cursor, for the page links. */
function pageQuery({ cursor: _cursor, limit, ...filters }: ReviewQueueFilters): Record<string, string | undefined> {
  return { ...filters, limit: limit === undefined ? undefined : String(limit) };
}
