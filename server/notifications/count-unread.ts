import "server-only";
import { db } from "@/server/db";

export function countUnread(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}
