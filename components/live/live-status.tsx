import type { EventStream } from "@/components/live/use-event-stream";

const WORDS = { connecting: "Connecting…", live: "Live", reconnecting: "Reconnecting…" } as const;

/**
 * Whether this page is receiving changes, in words. The data attributes are the page's cursor and
 * count, which the multi-instance tests read to check that every event arrived once.
 */
export function LiveStatus({ stream }: { stream: EventStream }) {
  return (
    <p
      role="status"
      className={`live-status live-status--${stream.status}`}
      data-last-event-id={stream.lastId ?? ""}
      data-events-delivered={stream.delivered}
    >
      <span className="visually-hidden">Updates: </span>
      {WORDS[stream.status]}
    </p>
  );
}
