import "server-only";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { revokeUserSessions } from "@/server/auth/sessions";

/**
 * Ends every session of yours but the one asking, and returns how many. The account page's
 * "Sign out everywhere" then signs this browser out as any sign-out does.
 */
export async function signOutOtherBrowsers(actor: Actor, currentSessionId: string | undefined): Promise<number> {
  return revokeUserSessions(actor.id, { exceptSessionId: currentSessionId });
}

/** An admin signs a person out of every browser (a lost laptop, a shared password). */
export async function signOutUserEverywhere(userId: string, actor: Actor): Promise<number> {
  assertPermission(actor, "user.manage");
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) throw notFound("User");
  return revokeUserSessions(user.id);
}

/** How many browsers are signed in as this user right now. */
export async function activeSessionCount(userId: string): Promise<number> {
  return db.authSession.count({ where: { userId, revokedAt: null, expiresAt: { gt: new Date() } } });
}
