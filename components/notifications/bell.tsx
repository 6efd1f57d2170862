"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import type { NotificationList } from "@/lib/notifications/notification-view";
import { unreadLabel } from "@/lib/notifications/message";
import { apiRequest } from "@/components/api-client";
import { useDeskEvents } from "@/components/live/use-event-stream";
import { onTabReturn, onUnreadAnnounced } from "@/components/notifications/unread-events";

/**
 * The header's link to the inbox with the unread count, kept current by the desk's event stream
 * (a notification.created event reaches its recipient alone, with their count), re-read whenever
 * the stream (re)connects and when the person returns to the tab.
 */
export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  const [unread, setCount] = useState(initialUnread);
  // Every count that arrives bumps this; a re-read applies only if nothing newer came meanwhile,
  // so a slow GET started before "Mark as read" cannot put the old count back.
  const latest = useRef(0);
  const setUnread = useCallback((count: number) => {
    latest.current += 1;
    setCount(count);
  }, []);
  const refresh = useCallback(() => {
    const asked = latest.current;
    apiRequest<NotificationList>("GET", "/api/me/notifications?unread=1&limit=1").then(
      (list) => {
        if (latest.current === asked) setUnread(list.unread);
      },
      () => {}, // the count stays as it was; the next event or focus tries again
    );
  }, [setUnread]);
  const stream = useDeskEvents(null, (event) => {
    if (event.type !== "notification.created") return;
    if (typeof event.unread === "number") setUnread(event.unread);
    else refresh();
  });
  useEffect(() => {
    if (stream.status === "live") refresh();
  }, [stream.status, refresh]);
  useEffect(() => onTabReturn(refresh), [refresh]);
  useEffect(() => onUnreadAnnounced(setUnread), [setUnread]);

  return (
    <Link href="/notifications" className="bell" aria-label={unreadLabel(unread)}>
      Notifications
      {unread > 0 && (
        <span className="bell__count" aria-hidden="true">
          {unread}
        </span>
      )}
    </Link>
  );
}
