import "server-only";
import type { NotificationKind, Prisma } from "@/server/generated/prisma/client";

export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  articleId: string;
  claimId: string;
  /** Who caused it; they are never told about their own act. */
  actorId: string | null;
  data?: Prisma.InputJsonObject;
}

/**
 * Stores notifications in the transaction that makes the change, so a rolled-back change tells no
 * one. The actor is skipped, as is a second notification of one kind for one person about one
 * claim in the same change. Each row's trigger appends a notification.created desk event.
 */
export async function notify(tx: Prisma.TransactionClient, notes: readonly NotificationInput[]): Promise<number> {
  const seen = new Set<string>();
  const rows = notes.filter((note) => {
    const key = `${note.userId} ${note.kind} ${note.claimId}`;
    if (note.userId === note.actorId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (rows.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: rows.map(({ data, ...row }) => ({ ...row, data: data ?? {} })),
  });
  return count;
}
