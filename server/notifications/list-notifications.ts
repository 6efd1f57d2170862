import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { NotificationList, NotificationView } from "@/lib/notifications/notification-view";
import { notificationMessage } from "@/lib/notifications/message";
import { decodeCursor, encodeCursor, pageOf } from "@/lib/pagination/cursor";
import { claimDeskPath } from "@/lib/review/review-queue";
import { db } from "@/server/db";
import { badCursor, rowsAfter } from "@/server/db/keyset";
import type { Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { ListNotificationsQuery } from "@/server/notifications/schemas";
import { countUnread } from "@/server/notifications/count-unread";

const include = {
  actor: { select: { id: true, name: true } },
  claim: { select: { id: true, number: true, exact: true, article: { select: { id: true, title: true } } } },
} satisfies Prisma.NotificationInclude;

type Row = Prisma.NotificationGetPayload<{ include: typeof include }>;

/**
 * The signed-in person's own notifications, newest first, a page at a time by keyset
 * (createdAt, id), with the unread count.
 */
export async function listNotifications(raw: unknown, actor: Actor): Promise<NotificationList> {
  const query = parseInput(ListNotificationsQuery, raw);
  const where: Prisma.NotificationWhereInput[] = [{ userId: actor.id }, ...(query.unread ? [{ readAt: null }] : [])];
  if (query.cursor) where.push(afterCursor(query.cursor));
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { AND: where },
      include,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: query.limit + 1,
    }),
    countUnread(actor.id),
  ]);
  const page = pageOf(rows, query.limit, toNotificationView, (row) =>
    encodeCursor(ORDER, [row.createdAt.toISOString(), row.id]),
  );
  return { notifications: page.items, nextCursor: page.nextCursor, unread };
}

const ORDER = "newest";

function afterCursor(cursor: string): Prisma.NotificationWhereInput {
  const [at, id] = decodeCursor(cursor, ORDER, 2) ?? [];
  const date = typeof at === "string" ? new Date(at) : null;
  if (!date || isNaN(date.getTime()) || typeof id !== "string") throw badCursor("list");
  return rowsAfter([
    { field: "createdAt", direction: "desc", value: date },
    { field: "id", direction: "desc", value: id },
  ]);
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
