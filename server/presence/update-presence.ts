import "server-only";
import type { PresenceEntry } from "@/lib/presence/presence-entry";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { ensurePresenceSweeper } from "@/server/presence/presence-sweeper";
import { appendPresenceChanged, lockArticlePresence, NOW_UTC } from "@/server/presence/presence-sql";
import { readPresence, samePresence } from "@/server/presence/read-presence";
import { PresenceInput } from "@/server/presence/schemas";

/**
 * PUT /api/articles/:id/presence: this tab is on the article, with this claim open (or none). It
 * is the join, the claim change and the heartbeat alike; only a change others can see becomes a
 * presence.changed event. Nothing here is history: presence never writes a ClaimEvent.
 */
export async function updatePresence(articleId: string, input: unknown, actor: Actor): Promise<PresenceEntry[]> {
  const { tabId, claimId } = PresenceInput.parse(input);
  ensurePresenceSweeper();
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true } });
    if (!article) throw notFound("Article");
    if (claimId !== null && !(await tx.claim.findFirst({ where: { id: claimId, articleId }, select: { id: true } }))) {
      throw new AppError("UNPROCESSABLE", "That claim is not on this article.", {
        claimId: ["No claim with this id on this article; it may have been deleted."],
      });
    }
    await lockArticlePresence(tx, articleId);
    const before = await readPresence(tx, articleId);
    // A tab id is its first owner's, on its first article: the update is skipped for anyone else.
    const kept = await tx.$queryRaw<{ tabId: string }[]>`
      INSERT INTO "ArticlePresence" ("tabId", "userId", "articleId", "claimId", "seenAt")
      VALUES (${tabId}, ${actor.id}, ${articleId}, ${claimId}, ${NOW_UTC})
      ON CONFLICT ("tabId") DO UPDATE SET "claimId" = EXCLUDED."claimId", "seenAt" = EXCLUDED."seenAt"
        WHERE "ArticlePresence"."userId" = EXCLUDED."userId" AND "ArticlePresence"."articleId" = EXCLUDED."articleId"
      RETURNING "tabId"`;
    if (kept.length === 0) {
      throw new AppError("CONFLICT", "This tab id is already in use. Reload the page to get a new one.", {
        tabId: ["In use by another tab"],
      });
    }
    const after = await readPresence(tx, articleId);
    if (!samePresence(before, after)) await appendPresenceChanged(tx, articleId, actor.id);
    return after;
  });
}
