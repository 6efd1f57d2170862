"use client";

import { useEffect, useEffectEvent, useRef, useState } from "react";
import {
  DESK_EVENT_TYPES,
  READY_EVENT,
  isAfter,
  parseDeskEvent,
  type DeskEventMessage,
} from "@/components/live/desk-event";

export type StreamStatus = "connecting" | "live" | "reconnecting";

export interface EventStream {
  status: StreamStatus;
  /** The last event id this page has seen: its cursor into the log. */
  lastId: string | null;
  /** Events delivered to the page, each once. */
  delivered: number;
}

const MAX_RETRY_MS = 30_000;

/**
 * Subscribes to a desk event stream for as long as the component is mounted. `since` is the log
 * position the page's data was read at, so nothing that happened between the read and the
 * subscription is missed. Each event reaches `onEvent` once, in log order.
 */
export function useEventStream(
  url: string,
  since: string | null,
  onEvent: (event: DeskEventMessage) => void,
): EventStream {
  const [status, setStatus] = useState<StreamStatus>("connecting");
  const [lastId, setLastId] = useState(since);
  const [delivered, setDelivered] = useState(0);
  const cursor = useRef(since);
  const deliver = useEffectEvent(onEvent);

  useEffect(() => {
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;

    const advance = (id: string) => {
      cursor.current = id;
      setLastId(id);
    };
    const receive = (message: MessageEvent<string>) => {
      const event = parseDeskEvent(message.data);
      const id = message.lastEventId || event?.id;
      // The server skips what a reconnect already sent; this guards the page all the same.
      if (!event || !id || !isAfter(id, cursor.current)) return;
      advance(id);
      setDelivered((n) => n + 1);
      deliver(event);
    };
    const connect = () => {
      const from = cursor.current;
      source = new EventSource(from ? `${url}?lastEventId=${encodeURIComponent(from)}` : url);
      source.onopen = () => {
        attempt = 0;
        setStatus("live");
      };
      source.onerror = () => {
        setStatus("reconnecting");
        // After a dropped connection EventSource reconnects by itself, sending Last-Event-ID. It
        // gives up on an answer that is not a stream (a proxy's 502, a restart's 503), so then a
        // new one starts from our cursor, less often the longer the server stays away.
        if (source?.readyState !== EventSource.CLOSED) return;
        source.close();
        timer = setTimeout(connect, Math.min(MAX_RETRY_MS, 2000 * 2 ** attempt++));
      };
      for (const type of DESK_EVENT_TYPES) source.addEventListener(type, receive);
      source.addEventListener(READY_EVENT, (message: MessageEvent<string>) => {
        if (message.lastEventId && isAfter(message.lastEventId, cursor.current)) advance(message.lastEventId);
      });
    };
    connect();
    return () => {
      clearTimeout(timer);
      source?.close();
    };
  }, [url]);

  return { status, lastId, delivered };
}

/** Everything that changes what a person on this article sees. */
export function useArticleEvents(articleId: string, since: string | null, onEvent: (event: DeskEventMessage) => void) {
  return useEventStream(`/api/articles/${encodeURIComponent(articleId)}/events`, since, onEvent);
}

/** Every article's events, for the pages that list articles and claims. */
export function useDeskEvents(since: string | null, onEvent: (event: DeskEventMessage) => void) {
  return useEventStream("/api/events", since, onEvent);
}
