"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, apiRequest } from "@/components/api-client";
import type { DeskEventMessage } from "@/components/live/desk-event";
import { othersPresent, presenceList, type PresenceEntry } from "@/lib/presence/presence-entry";
import { newTabId } from "@/lib/presence/tab-id";

// The server forgets a tab it has not heard from for 25 s (server/presence/presence-sql.ts).
const HEARTBEAT_MS = 10_000;

/** What the article's event stream needs from presence: the tab it belongs to, and its events. */
export interface PresenceLink {
  tabId: string;
  onEvent: (event: DeskEventMessage) => void;
  /** The stream (re)connected: the server may have let the tab go while it was down. */
  onLive: () => void;
}

/**
 * This tab's presence on an article: it joins on mount, says which claim is open whenever that
 * changes, sends a heartbeat, and leaves on unmount or when the page goes away. `others` is who
 * else is here (the user's own tabs left out), kept current by the stream through `link`.
 */
export function usePresence({
  articleId,
  userId,
  claimId,
}: {
  articleId: string;
  userId: string;
  claimId: string | null;
}) {
  // Kept in the component, not in storage: a duplicated tab must get an id of its own.
  const [tab, setTab] = useState(() => ({ articleId, id: newTabId() }));
  if (tab.articleId !== articleId) setTab({ articleId, id: newTabId() });
  const tabId = tab.articleId === articleId ? tab.id : "";
  const url = `/api/articles/${encodeURIComponent(articleId)}/presence`;
  const [people, setPeople] = useState<PresenceEntry[]>([]);
  const events = useRef(0);
  const openClaim = useRef(claimId);

  const announce = useCallback(() => {
    if (!tabId) return;
    const sent = events.current;
    const put = (claim: string | null): Promise<void> =>
      apiRequest<{ presence: unknown }>("PUT", url, { tabId, claimId: claim }).then(
        // An answer is news only if no event overtook it on the way.
        ({ presence }) => (events.current === sent ? setPeople(presenceList(presence)) : undefined),
        (error: unknown) => {
          // The open claim was deleted a moment ago: still here, with no claim. Anything else is
          // left to the next heartbeat; presence is never worth an error message.
          if (error instanceof ApiError && error.status === 422 && claim !== null) return put(null);
        },
      );
    void put(openClaim.current);
  }, [url, tabId]);

  useEffect(() => {
    openClaim.current = claimId;
    announce();
  }, [claimId, announce]);

  useEffect(() => {
    if (!tabId) return;
    const heartbeat = setInterval(announce, HEARTBEAT_MS);
    // keepalive lets the request outlive the page; a same-origin fetch carries the Origin header
    // the CSRF check wants, which sendBeacon's form-less POST could not.
    const leave = () => {
      fetch(url, {
        method: "DELETE",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ tabId }),
        credentials: "same-origin",
        keepalive: true,
      }).catch(() => {});
    };
    const restored = (event: PageTransitionEvent) => {
      if (event.persisted) announce(); // back from the back/forward cache
    };
    // A hidden tab's timers may be slowed to once a minute: say hello again on return.
    const shown = () => {
      if (document.visibilityState === "visible") announce();
    };
    window.addEventListener("pagehide", leave);
    window.addEventListener("pageshow", restored);
    document.addEventListener("visibilitychange", shown);
    return () => {
      clearInterval(heartbeat);
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("pageshow", restored);
      document.removeEventListener("visibilitychange", shown);
      leave();
    };
  }, [url, tabId, announce]);

  const onEvent = useCallback((event: DeskEventMessage) => {
    events.current += 1;
    setPeople(presenceList(event.presence));
  }, []);

  return {
    others: othersPresent(people, userId),
    link: { tabId, onEvent, onLive: announce } satisfies PresenceLink,
  };
}
