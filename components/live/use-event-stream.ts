"use client";

import { useEffect, useEffectEvent, useState } from "react";
import type { DeskEventMessage } from "@/components/live/desk-event";
import { subscribeEventStream, type StreamStatus } from "@/components/live/shared-event-source";

export type { StreamStatus };

export interface EventStream {
  status: StreamStatus;
  /** The last event id this page has seen: its cursor into the log. */
  lastId: string | null;
  /** Events delivered to the page, each once. */
  delivered: number;
}

/**
 * Subscribes to a desk event stream for as long as the component is mounted. `since` is the log
 * position the page's data was read at, so nothing that happened between the read and the
 * subscription is missed (null: from now). Each event reaches `onEvent` once, in log order.
 * Components on one stream share its connection (components/live/shared-event-source.ts).
 */
export function useEventStream(
  url: string,
  since: string | null,
  onEvent: (event: DeskEventMessage) => void,
): EventStream {
  const [status, setStatus] = useState<StreamStatus>("connecting");
  const [lastId, setLastId] = useState(since);
  const [delivered, setDelivered] = useState(0);
  const deliver = useEffectEvent(onEvent);
  // The position at mount: a later `since` from a re-render must not rewind the subscription.
  const [start] = useState(since);

  useEffect(
    () =>
      subscribeEventStream(url, start, {
        onEvent(event, id) {
          setLastId(id);
          setDelivered((n) => n + 1);
          deliver(event);
        },
        onCursor: setLastId,
        onStatus: setStatus,
      }),
    [url, start],
  );

  return { status, lastId, delivered };
}

/**
 * Everything that changes what a person on this article sees. With `tabId` the stream is that
 * tab's presence connection: the server lets the tab leave when it closes.
 */
export function useArticleEvents(
  articleId: string,
  since: string | null,
  onEvent: (event: DeskEventMessage) => void,
  tabId?: string,
) {
  const url = `/api/articles/${encodeURIComponent(articleId)}/events`;
  return useEventStream(tabId ? `${url}?tab=${encodeURIComponent(tabId)}` : url, since, onEvent);
}

/** Every article's events, for the pages that list articles and claims, and the bell. */
export function useDeskEvents(since: string | null, onEvent: (event: DeskEventMessage) => void) {
  return useEventStream("/api/events", since, onEvent);
}
