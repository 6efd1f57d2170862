import "server-only";
import { db } from "@/server/db";
import { matchTotpStep } from "@/server/auth/two-factor/totp";

/**
 * Whether `code` is the user's current authenticator code, consuming its time step: the step is
 * written only if it is newer than the last one accepted, in one statement, so the same code
 * cannot be replayed, not even by two requests racing on two instances.
 */
export async function consumeTotpCode(userId: string, code: string): Promise<boolean> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true },
  });
  if (!user?.totpSecret || !user.totpEnabledAt) return false;
  const step = matchTotpStep(user.totpSecret, code, Date.now(), user.totpLastStep);
  if (step === null) return false;
  const { count } = await db.user.updateMany({
    where: { id: userId, totpSecret: user.totpSecret, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}
