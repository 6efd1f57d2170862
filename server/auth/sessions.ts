import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";

/** How long a signed-in browser stays signed in: a working day, not sliding. */
export const SESSION_MAX_AGE_SECONDS = 24 * 60 * 60;

/** How often a session's "last seen" time is written: often enough for the sessions list, rarely enough to cost nothing. */
const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000;

export type SessionMethod = "password" | "sso";

export async function createSession(
  userId: string,
  method: SessionMethod,
  client: { ipAddress?: string | null; userAgent?: string | null },
): Promise<string> {
  const session = await db.authSession.create({
    data: {
      userId,
      method,
      ipAddress: client.ipAddress ?? null,
      userAgent: client.userAgent?.slice(0, 500) ?? null,
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
    },
    select: { id: true },
  });
  return session.id;
}

/**
 * The active user behind a session cookie, or null once the session was revoked or expired or
 * the account deactivated: one indexed query, on every request, on every instance.
 */
export async function sessionActor(sessionId: string, userId: string): Promise<Actor | null> {
  const now = new Date();
  const session = await db.authSession.findFirst({
    where: { id: sessionId, userId, revokedAt: null, expiresAt: { gt: now }, user: { deactivatedAt: null } },
    select: { lastSeenAt: true, user: { select: { id: true, name: true, email: true, role: true } } },
  });
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    // Best effort: a lost "last seen" write must not fail the request it rides on.
    db.authSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } }).catch(() => undefined);
  }
  return session.user;
}

/** Signs one browser out, everywhere the cookie might be replayed. */
export async function revokeSession(sessionId: string): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * Signs a user out of every browser: sign out everywhere, deactivation, role and password
 * changes. Pass `tx` to revoke in the same transaction as the change that calls for it; pass
 * `exceptSessionId` to keep the browser that asked (a password change stays signed in there).
 */
export async function revokeUserSessions(
  userId: string,
  options: { tx?: Pick<typeof db, "authSession">; exceptSessionId?: string } = {},
): Promise<number> {
  const { count } = await (options.tx ?? db).authSession.updateMany({
    where: { userId, revokedAt: null, ...(options.exceptSessionId ? { id: { not: options.exceptSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}
