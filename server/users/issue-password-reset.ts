import "server-only";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { newResetToken, RESET_LINK_HOURS } from "@/server/users/password-reset-token";

/**
 * A one-time link for a person to set a new password, shown once to the admin to pass on. A new
 * link ends every older unused one at once, so only the latest one handed out works.
 */
export async function issuePasswordReset(
  userId: string,
  actor: Actor,
  baseUrl: string,
): Promise<{ url: string; expiresAt: string }> {
  assertPermission(actor, "user.manage");
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, deactivatedAt: true },
  });
  if (!user) throw notFound("User");
  if (user.deactivatedAt) {
    throw new AppError("CONFLICT", `${user.name} is deactivated. Reactivate them before you create a reset link.`);
  }
  const { token, tokenHash } = newResetToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + RESET_LINK_HOURS * 60 * 60 * 1000);
  await db.$transaction([
    db.passwordReset.updateMany({
      where: { userId, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    }),
    db.passwordReset.create({ data: { userId, tokenHash, createdById: actor.id, expiresAt } }),
  ]);
  return { url: new URL(`/reset-password/${token}`, baseUrl).toString(), expiresAt: expiresAt.toISOString() };
}
