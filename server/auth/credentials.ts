import "server-only";
import { throttledSignInError } from "@/lib/auth/sign-in-throttle";
import { clientAddress } from "@/server/auth/client-info";
import { recordSignInFailure } from "@/server/auth/throttle-failures";
import { clearAccountThrottle, releaseSignInAttempt, reserveSignInAttempt } from "@/server/auth/throttle";
import {
  SECOND_FACTOR_INVALID,
  SECOND_FACTOR_REQUIRED,
  verifySecondFactorAtSignIn,
} from "@/server/auth/two-factor/verify-sign-in";
import { checkPassword } from "@/server/users/authenticate";

export type CredentialsInput = { email?: unknown; password?: unknown; code?: unknown } | undefined;
export type SignedInUser = { id: string; name: string; email: string };

/**
 * The password sign-in, for next-auth's credentials provider. Every attempt is counted against
 * the account and the client address before the password is checked, so parallel guesses cannot
 * slip past the lock; an attempt that turns out not to be a failure gives its count back.
 * Throws the errors the sign-in form shows (a lock, a second factor); null is a wrong password.
 */
export async function authorizeCredentials(
  credentials: CredentialsInput,
  requestHeaders: Headers,
): Promise<SignedInUser | null> {
  const { email, password, code } = credentials ?? {};
  if (typeof email !== "string" || typeof password !== "string" || !email || !password) return null;
  const ipAddress = clientAddress(requestHeaders);

  const attempt = await reserveSignInAttempt(email, ipAddress);
  if (!attempt.ok) {
    await recordSignInFailure({ email, ipAddress, reason: "throttled" });
    throw new Error(throttledSignInError(attempt.retryAfterSeconds));
  }

  const check = await checkPassword(email, password);
  if (!check.ok) {
    await recordSignInFailure({ email, userId: check.userId, ipAddress, reason: check.reason });
    return null;
  }

  // Two-factor (server/auth/two-factor): a missing code is the form's second step, not a failure,
  // so it gives the attempt back without clearing the account's count; a wrong code is a failure.
  const secondFactor = await verifySecondFactorAtSignIn(check.user, typeof code === "string" ? code : undefined);
  if (secondFactor === "required") {
    await releaseSignInAttempt(attempt.reservation);
    throw new Error(SECOND_FACTOR_REQUIRED);
  }
  if (secondFactor === "invalid") {
    await recordSignInFailure({ email, userId: check.user.id, ipAddress, reason: "second-factor" });
    throw new Error(SECOND_FACTOR_INVALID);
  }

  await releaseSignInAttempt(attempt.reservation);
  await clearAccountThrottle(email);
  return { id: check.user.id, name: check.user.name, email: check.user.email };
}
