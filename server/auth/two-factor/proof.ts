import "server-only";
import { parseInput } from "@/server/validation";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { verifyPassword } from "@/server/users/passwords";
import { consumeTotpCode } from "@/server/auth/two-factor/verify-code";
import { SecondFactorProof } from "@/server/auth/two-factor/schemas";

/**
 * Before two-factor is weakened (turned off, recovery codes replaced): a current code, or the
 * password, so a browser left signed in is not enough.
 */
export async function assertSecondFactorProof(userId: string, raw: unknown): Promise<void> {
  const { code, password } = parseInput(SecondFactorProof, raw);
  if (code) {
    if (await consumeTotpCode(userId, code)) return;
    throw new AppError("VALIDATION", "That code does not match.", {
      code: ["That code does not match, or was already used. Enter the code your app shows now."],
    });
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (await verifyPassword(password!, user.passwordHash)) return;
  throw new AppError("VALIDATION", "That password is not right.", { password: ["That password is not right."] });
}
