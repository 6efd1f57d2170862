"use client";

import { useRouter } from "next/navigation";
import { LiveStatus } from "@/components/live/live-status";
import type { EventStream } from "@/components/live/use-event-stream";

interface LiveDeskNoticesProps {
  stream: EventStream;
  newRevision: { number: number; by: string | null } | null;
  /** A change elsewhere that took something from under the user, e.g. the open claim deleted. */
  notice: string | null;
  onDismiss: () => void;
}

/**
 * What the live stream tells the person at the desk: whether it is connected, a newer revision of
 * the text, and changes that closed what they had open.
 */
export function LiveDeskNotices({ stream, newRevision, notice, onDismiss }: LiveDeskNoticesProps) {
  const router = useRouter();
  return (
    <div className="live-notices">
      <LiveStatus stream={stream} />
      {newRevision && (
        // The text is not swapped under the reader: the new revision re-anchors every claim.
        <div className="notice" role="status">
          <p>
            Revision {newRevision.number}
            {newRevision.by && ` by ${newRevision.by}`}: the article text changed. Reload the text to see it and where
            its claims are now.
          </p>
          <button type="button" className="button button--small" onClick={() => router.refresh()}>
            Load revision {newRevision.number}
          </button>
        </div>
      )}
      {notice && (
        <div className="notice" role="alert">
          <p>{notice}</p>
          <button type="button" className="button button--small" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
