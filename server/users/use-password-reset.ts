import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { revokeUserSessions } from "@/server/auth/sessions";
import { clearAccountThrottle } from "@/server/auth/throttle";
import { hashPassword } from "@/server/users/passwords";
import { hashResetToken } from "@/server/users/password-reset-token";
import { ResetPasswordInput } from "@/server/users/schemas";

export type ResetLinkState =
  { state: "valid"; name: string; email: string } | { state: "used" | "expired" | "unknown" };

const MESSAGES: Record<Exclude<ResetLinkState["state"], "valid">, string> = {
  used: "This reset link was already used. Ask an admin for a new one if you need it.",
  expired: "This reset link has expired or was replaced by a newer one. Ask an admin for a new one.",
  unknown: "This reset link is not valid. Check that you copied all of it, or ask an admin for a new one.",
};

export function resetLinkMessage(state: Exclude<ResetLinkState["state"], "valid">): string {
  return MESSAGES[state];
}

/** What the reset page shows before anything is typed. Reading it does not use the link. */
export async function resetLinkState(token: string): Promise<ResetLinkState> {
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { name: true, email: true, deactivatedAt: true } } },
  });
  if (!reset || reset.user.deactivatedAt) return { state: "unknown" };
  if (reset.usedAt) return { state: "used" };
  if (reset.expiresAt <= new Date()) return { state: "expired" };
  return { state: "valid", name: reset.user.name, email: reset.user.email };
}

/**
 * Sets the new password through a reset link, once: the link is marked used by the same
 * conditional update that claims it, so two tabs submitting at once cannot both succeed. Every
 * browser the person was signed in on is signed out, and their sign-in lock lifted.
 */
export async function resetPassword(raw: unknown): Promise<void> {
  const { token, password } = parseInput(ResetPasswordInput, raw);
  const tokenHash = hashResetToken(token);
  const passwordHash = await hashPassword(password);
  const email = await db.$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.passwordReset.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now }, user: { deactivatedAt: null } },
      data: { usedAt: now },
    });
    if (claimed.count === 0) return null;
    const { userId } = await tx.passwordReset.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
    const user = await tx.user.update({ where: { id: userId }, data: { passwordHash }, select: { email: true } });
    await revokeUserSessions(userId, { tx });
    return user.email;
  });
  if (email === null) {
    const current = await resetLinkState(token);
    throw new AppError("UNPROCESSABLE", resetLinkMessage(current.state === "valid" ? "unknown" : current.state));
  }
  await clearAccountThrottle(email);
}
