import "server-only";
import { db } from "@/server/db";
import { unusedRecoveryCodeCount } from "@/server/auth/two-factor/recovery-codes";
import { twoFactorRequiredFor } from "@/server/auth/two-factor/requirement";
import type { Actor } from "@/server/permissions";

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: string | null;
  recoveryCodesLeft: number;
  /** The desk requires it for this user's role (editors and admins, when an admin turned that on). */
  required: boolean;
}

export async function twoFactorStatus(actor: Actor): Promise<TwoFactorStatus> {
  const [user, required] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true } }),
    twoFactorRequiredFor(actor.role),
  ]);
  return {
    enabled: Boolean(user.totpEnabledAt),
    enabledAt: user.totpEnabledAt?.toISOString() ?? null,
    recoveryCodesLeft: user.totpEnabledAt ? await unusedRecoveryCodeCount(actor.id) : 0,
    required,
  };
}
