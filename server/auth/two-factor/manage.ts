import "server-only";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { assertSecondFactorProof } from "@/server/auth/two-factor/proof";
import { replaceRecoveryCodes } from "@/server/auth/two-factor/recovery-codes";
import { twoFactorRequiredFor } from "@/server/auth/two-factor/requirement";

const OFF = { totpSecret: null, totpEnabledAt: null, totpLastStep: null } as const;

export async function turnOffTwoFactor(raw: unknown, actor: Actor): Promise<void> {
  await assertEnabled(actor.id);
  if (await twoFactorRequiredFor(actor.role)) {
    throw new AppError("CONFLICT", "Your desk requires two-factor authentication for editors and admins: it stays on.");
  }
  await assertSecondFactorProof(actor.id, raw);
  await db.$transaction([
    db.user.update({ where: { id: actor.id }, data: OFF }),
    db.recoveryCode.deleteMany({ where: { userId: actor.id } }),
  ]);
}

export async function regenerateRecoveryCodes(raw: unknown, actor: Actor): Promise<{ recoveryCodes: string[] }> {
  await assertEnabled(actor.id);
  await assertSecondFactorProof(actor.id, raw);
  return { recoveryCodes: await db.$transaction((tx) => replaceRecoveryCodes(actor.id, tx)) };
}

/** For a lost phone: the admin turns the person's two-factor off so they can sign in and enrol again. */
export async function resetUserTwoFactor(userId: string, actor: Actor): Promise<void> {
  assertPermission(actor, "user.manage");
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) throw notFound("User");
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: OFF }),
    db.recoveryCode.deleteMany({ where: { userId } }),
  ]);
}

async function assertEnabled(userId: string): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpEnabledAt: true } });
  if (!user.totpEnabledAt) throw new AppError("CONFLICT", "Two-factor authentication is not on for your account.");
}
