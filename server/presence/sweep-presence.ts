import "server-only";
import { db } from "@/server/db";
import { appendPresenceChanged, NOW_UTC, STALE_AFTER_SECONDS } from "@/server/presence/presence-sql";

/**
 * Removes tabs that stopped sending heartbeats and tells each article's streams. Reads already
 * leave stale tabs out, so the list changed when they went stale: the event is always due. Any
 * number of instances may sweep at once; each row is deleted by one of them.
 */
export async function sweepStalePresence(): Promise<{ articles: number }> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ articleId: string }[]>`
      DELETE FROM "ArticlePresence"
      WHERE "seenAt" <= ${NOW_UTC} - ${STALE_AFTER_SECONDS}::int * interval '1 second'
      RETURNING "articleId"`;
    const articles = [...new Set(rows.map((r) => r.articleId))].sort();
    for (const articleId of articles) await appendPresenceChanged(tx, articleId, null);
    return { articles: articles.length };
  });
}
