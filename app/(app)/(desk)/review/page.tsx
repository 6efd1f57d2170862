import type { Metadata } from "next";
import { can } from "@/lib/permissions";
import { requirePageUser } from "@/server/auth";
import { eventCursor } from "@/server/live/event-cursor";
import { RefreshOnDeskEvents } from "@/components/live/refresh-on-desk-events";
import { listReviewQueue } from "@/server/review/list-review-queue";
import { ReviewQueueQuery } from "@/server/review/schemas";
import { EditorsOnly } from "./editors-only";
import { QueueFilters } from "./queue-filters";
import { ReviewQueueView } from "./review-queue";

export const metadata: Metadata = { title: "Review queue" };

// What can move a claim into, out of or within the queue.
const QUEUE_EVENTS = [
  "claim.created",
  "claim.updated",
  "claim.deleted",
  "claim.status",
  "claim.reanchored",
  "source.added",
  "source.removed",
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewPage({ searchParams }: Props) {
  const user = await requirePageUser();
  // A checker who follows a link here is told what the page is and where to go instead.
  if (!can(user, "review.queue")) return <EditorsOnly />;

  const parsed = ReviewQueueQuery.safeParse(await searchParams);
  const filters = parsed.success ? parsed.data : {};
  // Read before the queue, so the stream replays anything newer than what the page shows.
  const since = await eventCursor();
  const queue = await listReviewQueue(filters, user);
  return (
    <div className="page">
      <h1>Review queue</h1>
      <RefreshOnDeskEvents since={since} types={QUEUE_EVENTS} />
      <ReviewQueueView
        initial={queue}
        selected={filters}
        userId={user.id}
        filterForm={<QueueFilters options={queue.filters} selected={filters} invalid={!parsed.success} />}
      />
    </div>
  );
}
