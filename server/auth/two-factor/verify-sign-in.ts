import "server-only";
import { db } from "@/server/db";
import { consumeTotpCode } from "@/server/auth/two-factor/verify-code";
import { redeemRecoveryCode } from "@/server/auth/two-factor/recovery-codes";

export type SecondFactorResult = "ok" | "required" | "invalid";

// Defined in lib/: the sign-in form in the browser reads them too.
export { SECOND_FACTOR_INVALID, SECOND_FACTOR_REQUIRED } from "@/lib/auth/second-factor";

/**
 * The second step of a password sign-in, called only once the password was right: users with
 * two-factor on must give their authenticator's current code or one unused recovery code.
 */
export async function verifySecondFactorAtSignIn(
  user: { id: string },
  code: string | null | undefined,
): Promise<SecondFactorResult> {
  const row = await db.user.findUnique({ where: { id: user.id }, select: { totpEnabledAt: true } });
  if (!row?.totpEnabledAt) return "ok";
  const given = code?.trim();
  if (!given) return "required";
  const digits = given.replace(/\s/g, "");
  const ok = /^\d+$/.test(digits) ? await consumeTotpCode(user.id, digits) : await redeemRecoveryCode(user.id, given);
  return ok ? "ok" : "invalid";
}
