import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import { initials } from "@/lib/people/initials";
import type { PresenceEntry } from "@/lib/presence/presence-entry";
import { db } from "@/server/db";
import { assertArticleVisible } from "@/server/live/assert-article";
import type { Actor } from "@/server/permissions";
import { ensurePresenceSweeper } from "@/server/presence/presence-sweeper";
import { FRESH, type PresenceSql } from "@/server/presence/presence-sql";

type Row = { userId: string; name: string; claimId: string | null; claimNumber: number | null };

/** GET /api/articles/:id/presence: who is on the article now. */
export async function listPresence(articleId: string, actor: Actor): Promise<PresenceEntry[]> {
  await assertArticleVisible(articleId, actor);
  ensurePresenceSweeper();
  return readPresence(db, articleId);
}

/**
 * One entry per person with a live tab on the article, by name. Someone with several tabs open on
 * different claims shows the lowest-numbered one: a choice that heartbeats cannot flip back and
 * forth, so they never announce a change that did not happen. A claim deleted since is no claim.
 */
export async function readPresence(sql: PresenceSql, articleId: string): Promise<PresenceEntry[]> {
  const rows = await sql.$queryRaw<Row[]>(Prisma.sql`
    SELECT DISTINCT ON (p."userId") p."userId", u."name", c."id" AS "claimId", c."number" AS "claimNumber"
    FROM "ArticlePresence" p
    JOIN "User" u ON u."id" = p."userId"
    LEFT JOIN "Claim" c ON c."id" = p."claimId" AND c."articleId" = p."articleId"
    WHERE p."articleId" = ${articleId} AND ${FRESH}
    ORDER BY p."userId", c."number" ASC NULLS LAST`);
  return rows
    .map((r) => ({
      user: { id: r.userId, name: r.name, initials: initials(r.name) || "?" },
      claimId: r.claimId,
      claimNumber: r.claimNumber === null ? null : Number(r.claimNumber),
    }))
    .sort((a, b) => a.user.name.localeCompare(b.user.name) || a.user.id.localeCompare(b.user.id));
}

export function samePresence(a: readonly PresenceEntry[], b: readonly PresenceEntry[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
