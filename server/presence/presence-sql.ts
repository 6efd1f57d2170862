import "server-only";
import { Prisma } from "@/server/generated/prisma/client";

/** The two statements presence needs, on the pool or inside a transaction. */
export type PresenceSql = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

/**
 * A tab that has not been heard from for this long has gone (closed without a word, or offline).
 * With a heartbeat every 10 s and a sweep every 5 s, it leaves the list within 30 s of its last
 * heartbeat, and one late heartbeat does not make it flicker.
 */
export const STALE_AFTER_SECONDS = 25;

// seenAt is a timestamp without time zone holding UTC, like every DateTime Prisma writes; the
// database's clock (never an instance's) says what "now" is, in UTC whatever the session's zone.
export const NOW_UTC = Prisma.sql`timezone('UTC', now())`;
export const FRESH = Prisma.sql`p."seenAt" > ${NOW_UTC} - ${STALE_AFTER_SECONDS}::int * interval '1 second'`;

/**
 * Tells every stream on the article that its presence changed. desk_event_append takes the log's
 * advisory lock until commit, so this is the last statement of its transaction.
 */
export async function appendPresenceChanged(tx: PresenceSql, articleId: string, actorId: string | null): Promise<void> {
  await tx.$executeRaw`SELECT "desk_event_append"(${articleId}, 'presence.changed', NULL, ${actorId}, '{}'::jsonb)`;
}

/** One change of an article's presence at a time, so "did what others see change?" is exact. */
export async function lockArticlePresence(tx: PresenceSql, articleId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(1349, hashtext(${articleId}))`;
}
