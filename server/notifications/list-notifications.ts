import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { NotificationList, NotificationView } from "@/lib/notifications/notification-view";
import { notificationMessage } from "@/lib/notifications/message";
import { claimDeskPath } from "@/lib/review/review-queue";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { ListNotificationsQuery, NOTIFICATION_LIMIT } from "@/server/notifications/schemas";
import { countUnread } from "@/server/notifications/count-unread";

const include = {
  actor: { select: { id: true, name: true } },
  claim: { select: { id: true, number: true, exact: true, article: { select: { id: true, title: true } } } },
} satisfies Prisma.NotificationInclude;

type Row = Prisma.NotificationGetPayload<{ include: typeof include }>;

/** The signed-in person's own notifications, newest first, a page at a time, with the unread count. */
export async function listNotifications(raw: unknown, actor: Actor): Promise<NotificationList> {
  const query = parseInput(ListNotificationsQuery, raw);
  const where: Prisma.NotificationWhereInput = { userId: actor.id, ...(query.unread && { readAt: null }) };
  if (query.before) {
    // Scoped to the reader too, so another person's id is no cursor at all (an empty page).
    const cursor = await db.notification.findFirst({ where: { id: query.before, userId: actor.id } });
    if (!cursor) return { notifications: [], unread: await countUnread(actor.id) };
    where.OR = [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }];
  }
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where,
      include,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: query.limit ?? NOTIFICATION_LIMIT.default,
    }),
    countUnread(actor.id),
  ]);
  return { notifications: rows.map(toNotificationView), unread };
}

function toNotificationView(row: Row): NotificationView {
  const data = (row.data ?? {}) as Record<string, unknown>;
  const { article, ...claim } = row.claim;
  return {
    id: row.id,
    kind: row.kind,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    actor: row.actor,
    article,
    claim,
    data,
    href: claimDeskPath({ articleId: article.id, number: claim.number }),
    message: notificationMessage({ kind: row.kind, actor: row.actor, claim, data }),
  };
}
