"use client";

import { useCallback, useEffect, useState } from "react";
import type { NotificationList, NotificationView } from "@/lib/notifications/notification-view";
import { apiRequest } from "@/components/api-client";
import { FormFailure } from "@/components/ui/form-failure";
import { useDeskEvents } from "@/components/live/use-event-stream";
import { announceUnread, onTabReturn } from "@/components/notifications/unread-events";
import { NotificationItem } from "./notification-item";

/** The signed-in person's notifications, newest first, current as new ones arrive. */
export function NotificationInbox({ initial }: { initial: NotificationList }) {
  const [list, setList] = useState(initial);
  const [failure, setFailure] = useState<string | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const reload = useCallback(() => {
    apiRequest<NotificationList>("GET", "/api/me/notifications").then(
      (fresh) => setList((current) => withOlderKept(fresh, current)),
      () => {},
    );
  }, []);

  async function loadOlder() {
    if (!list.nextCursor) return;
    setFailure(null);
    setLoadingOlder(true);
    try {
      const older = await apiRequest<NotificationList>(
        "GET",
        `/api/me/notifications?cursor=${encodeURIComponent(list.nextCursor)}`,
      );
      setList((current) => {
        const shown = new Set(current.notifications.map((n) => n.id));
        return {
          notifications: [...current.notifications, ...older.notifications.filter((n) => !shown.has(n.id))],
          nextCursor: older.nextCursor,
          unread: older.unread,
        };
      });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : "Older notifications could not be loaded.");
    } finally {
      setLoadingOlder(false);
    }
  }
  useDeskEvents(null, (event) => {
    if (event.type === "notification.created") reload();
  });
  useEffect(() => onTabReturn(reload), [reload]);

  async function markRead(body: { ids: string[] } | { all: true }) {
    setFailure(null);
    const now = new Date().toISOString();
    const touched = (id: string) => "all" in body || body.ids.includes(id);
    try {
      const { unread } = await apiRequest<{ unread: number }>("POST", "/api/me/notifications/read", body);
      setList((current) => ({
        ...current,
        unread,
        notifications: current.notifications.map((n) => (touched(n.id) && !n.readAt ? { ...n, readAt: now } : n)),
      }));
      announceUnread(unread);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : "The notifications could not be marked read.");
    }
  }

  if (list.notifications.length === 0) return <p>No notifications yet.</p>;
  return (
    <section className="inbox" aria-label="Inbox">
      <p className="inbox__summary">
        {list.unread === 0 ? "Everything is read." : `${list.unread} unread.`}{" "}
        <button
          type="button"
          className="button button--quiet"
          disabled={list.unread === 0}
          onClick={() => markRead({ all: true })}
        >
          Mark all as read
        </button>
      </p>
      <FormFailure message={failure} />
      <ol className="inbox__list" aria-label="Notifications">
        {list.notifications.map((n) => (
          <NotificationItem key={n.id} notification={n} onRead={() => markRead({ ids: [n.id] })} />
        ))}
      </ol>
      {list.nextCursor && (
        <button type="button" className="button button--quiet" disabled={loadingOlder} onClick={loadOlder}>
          {loadingOlder ? "Loading older notifications…" : "Show older notifications"}
        </button>
      )}
    </section>
  );
}

/**
 * The first page read again (a notification arrived), followed by the older ones already shown
 * below it, so reading further back is not undone by a new arrival.
 */
function withOlderKept(fresh: NotificationList, current: NotificationList): NotificationList {
  const boundary = fresh.notifications.at(-1);
  if (!fresh.nextCursor || !boundary) return fresh;
  const inFresh = new Set(fresh.notifications.map((n) => n.id));
  const olderThanFresh = (n: NotificationView) =>
    n.createdAt < boundary.createdAt || (n.createdAt === boundary.createdAt && n.id < boundary.id);
  const older = current.notifications.filter((n) => !inFresh.has(n.id) && olderThanFresh(n));
  return {
    ...fresh,
    notifications: [...fresh.notifications, ...older],
    nextCursor: older.length > 0 ? current.nextCursor : fresh.nextCursor,
  };
}
