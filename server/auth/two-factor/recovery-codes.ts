import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/server/generated/prisma/client";
import { db } from "@/server/db";
import { base32Encode } from "@/server/auth/two-factor/base32";

export const RECOVERY_CODE_COUNT = 10;

/** 80 random bits as "abcd-efgh-ijkl-mnop": short enough to write down, far too many to guess. */
function newRecoveryCode(): string {
  return base32Encode(randomBytes(10)).toLowerCase().match(/.{4}/g)!.join("-");
}

function normalize(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, "");
}

/** Salted with the user's id, so one hash table cannot serve every account. */
function hashRecoveryCode(userId: string, code: string): string {
  return createHash("sha256")
    .update(`${userId}:${normalize(code)}`)
    .digest("hex");
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z2-7]{16}$/.test(normalize(code));
}

/** Replaces the user's recovery codes with fresh ones; the plain codes are returned once, here. */
export async function replaceRecoveryCodes(userId: string, tx: Prisma.TransactionClient): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(userId, code) })),
  });
  return codes;
}

/** Marks the code used and says whether it was one of the user's unused codes; a code works once. */
export async function redeemRecoveryCode(userId: string, code: string): Promise<boolean> {
  if (!looksLikeRecoveryCode(code)) return false;
  const { count } = await db.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(userId, code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1;
}

export async function unusedRecoveryCodeCount(userId: string): Promise<number> {
  return db.recoveryCode.count({ where: { userId, usedAt: null } });
}
