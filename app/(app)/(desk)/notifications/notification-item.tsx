"use client";

import Link from "next/link";
import type { NotificationView } from "@/lib/notifications/notification-view";
import { formatTime } from "@/components/ui/format-time";

/** One notification: what happened, a link to the claim (following it marks it read), its state in words. */
export function NotificationItem({ notification: n, onRead }: { notification: NotificationView; onRead: () => void }) {
  const unread = n.readAt === null;
  return (
    <li className={`inbox__item${unread ? " inbox__item--unread" : ""}`}>
      <p className="inbox__message">
        {unread && <span className="inbox__state">Unread</span>}
        <Link href={n.href} onClick={unread ? onRead : undefined}>
          {n.message}
        </Link>
      </p>
      <p className="inbox__meta">
        {n.article.title} · “{n.claim.exact}” ·{" "}
        <time dateTime={n.createdAt} suppressHydrationWarning>
          {formatTime(n.createdAt)}
        </time>
      </p>
      {unread && (
        <button type="button" className="button button--quiet button--small" onClick={onRead}>
          Mark as read<span className="visually-hidden">: {n.message}</span>
        </button>
      )}
    </li>
  );
}
