import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { MarkReadInput } from "@/server/notifications/schemas";
import { countUnread } from "@/server/notifications/count-unread";

/**
 * Marks the signed-in person's notifications read: the ones named, or all. Ids that are not
 * theirs match nothing, so no one can touch (or learn of) another person's notifications.
 */
export async function markNotificationsRead(raw: unknown, actor: Actor): Promise<{ unread: number }> {
  const input = parseInput(MarkReadInput, raw);
  await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...("ids" in input && { id: { in: input.ids } }) },
    data: { readAt: new Date() },
  });
  return { unread: await countUnread(actor.id) };
}
