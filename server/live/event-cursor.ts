import "server-only";
import { db } from "@/server/db";

/**
 * Where the event log stands now, for one article or all: a page reads it before its data and
 * hands it to its stream as Last-Event-ID, so a change made between the read and the subscription
 * still arrives (replaying one the data already shows is harmless). "0" while there are none yet.
 */
export async function eventCursor(articleId?: string): Promise<string> {
  const { _max } = await db.deskEvent.aggregate({ _max: { id: true }, where: articleId ? { articleId } : {} });
  return (_max.id ?? 0n).toString();
}
