import "server-only";
import { tooManyAttemptsMessage } from "@/lib/auth/sign-in-throttle";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { revokeUserSessions } from "@/server/auth/sessions";
import { recordSignInFailure } from "@/server/auth/throttle-failures";
import { clearAccountThrottle, releaseSignInAttempt, reserveSignInAttempt } from "@/server/auth/throttle";
import { checkPassword } from "@/server/users/authenticate";
import { hashPassword } from "@/server/users/passwords";
import { ChangePasswordInput } from "@/server/users/schemas";

/**
 * The signed-in user's own password change. The current password is checked like a sign-in
 * (throttled, a wrong one logged), so a borrowed browser cannot guess its way to the account;
 * every other browser is signed out, the one asking stays signed in.
 */
export async function changePassword(
  raw: unknown,
  actor: Actor,
  request: { sessionId: string; ipAddress: string | null },
): Promise<void> {
  const { currentPassword, newPassword } = parseInput(ChangePasswordInput, raw);
  const attempt = await reserveSignInAttempt(actor.email, request.ipAddress);
  if (!attempt.ok) {
    const retryAfter = attempt.retryAfterSeconds;
    throw new AppError("TOO_MANY_REQUESTS", tooManyAttemptsMessage(retryAfter), undefined, { retryAfter });
  }
  const check = await checkPassword(actor.email, currentPassword);
  if (!check.ok) {
    await recordSignInFailure({
      email: actor.email,
      userId: actor.id,
      ipAddress: request.ipAddress,
      reason: check.reason,
    });
    throw new AppError("VALIDATION", "Your current password is not right.", {
      currentPassword: ["That is not your current password. Check it and try again."],
    });
  }
  await releaseSignInAttempt(attempt.reservation);
  await clearAccountThrottle(actor.email);
  if (currentPassword === newPassword) {
    throw new AppError("VALIDATION", "Choose a new password.", {
      newPassword: ["The new password is the same as the current one. Choose a different one."],
    });
  }

  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    await revokeUserSessions(actor.id, { tx, exceptSessionId: request.sessionId });
  });
}
