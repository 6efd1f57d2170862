import "server-only";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { clearAccountThrottle } from "@/server/auth/throttle";

/**
 * Lifts an account's sign-in lock and forgets its failed attempts (the log keeps them). The
 * client address's own lock stays: it guards every account.
 */
export async function unlockUser(userId: string, actor: Actor): Promise<void> {
  assertPermission(actor, "user.manage");
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) throw notFound("User");
  await clearAccountThrottle(user.email);
}
