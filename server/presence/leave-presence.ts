import "server-only";
import { db } from "@/server/db";
import { assertArticleVisible } from "@/server/live/assert-article";
import type { Actor } from "@/server/permissions";
import { appendPresenceChanged, lockArticlePresence } from "@/server/presence/presence-sql";
import { readPresence, samePresence } from "@/server/presence/read-presence";
import { LeaveInput } from "@/server/presence/schemas";

/** DELETE /api/articles/:id/presence: the tab is closing. Someone else's tab id changes nothing. */
export async function leavePresence(articleId: string, input: unknown, actor: Actor): Promise<void> {
  const { tabId } = LeaveInput.parse(input);
  await assertArticleVisible(articleId, actor);
  await removeTab(articleId, tabId, actor.id);
}

/** Removes one tab of one user; others hear of it only if they no longer see the same people. */
export async function removeTab(articleId: string, tabId: string, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockArticlePresence(tx, articleId);
    const before = await readPresence(tx, articleId);
    const removed = await tx.$executeRaw`
      DELETE FROM "ArticlePresence" WHERE "tabId" = ${tabId} AND "userId" = ${userId} AND "articleId" = ${articleId}`;
    if (removed === 0) return;
    if (!samePresence(before, await readPresence(tx, articleId))) await appendPresenceChanged(tx, articleId, userId);
  });
}
