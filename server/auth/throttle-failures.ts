import "server-only";
import { db } from "@/server/db";

/** Why a sign-in failed, as admins see it on the security page. */
export type SignInFailureReason =
  "password" | "unknown-account" | "deactivated" | "throttled" | "second-factor" | "sso";

export async function recordSignInFailure(failure: {
  email: string;
  userId?: string | null;
  ipAddress: string | null;
  reason: SignInFailureReason;
}): Promise<void> {
  await db.signInFailure.create({
    data: {
      // Capped: the field comes from whoever is guessing.
      email: failure.email.trim().toLowerCase().slice(0, 320),
      userId: failure.userId ?? null,
      ipAddress: failure.ipAddress,
      reason: failure.reason,
    },
  });
}
