import "server-only";
import { parseInput } from "@/server/validation";
import { randomBytes } from "node:crypto";
import QRCode from "qrcode";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { revokeUserSessions } from "@/server/auth/sessions";
import { base32Encode } from "@/server/auth/two-factor/base32";
import { replaceRecoveryCodes } from "@/server/auth/two-factor/recovery-codes";
import { ConfirmEnrolmentInput } from "@/server/auth/two-factor/schemas";
import { matchTotpStep } from "@/server/auth/two-factor/totp";

export interface EnrolmentStart {
  /** Base32, for typing into an app that cannot scan. */
  secret: string;
  otpauthUri: string;
  /** The URI as a QR code, an SVG data URL (CSP allows data: images; no script involved). */
  qrCode: string;
}

/**
 * A new secret, kept on the user with totpEnabledAt still null: two-factor counts as on only
 * once the user proves with a code that their app has it. Starting again replaces the secret.
 */
export async function startTwoFactorEnrolment(actor: Actor): Promise<EnrolmentStart> {
  const secret = base32Encode(randomBytes(20));
  const { count } = await db.user.updateMany({
    where: { id: actor.id, totpEnabledAt: null },
    data: { totpSecret: secret, totpLastStep: null },
  });
  if (count === 0) throw new AppError("CONFLICT", "Two-factor authentication is already on for your account.");
  const issuer = env().NEWSROOM_NAME;
  const label = encodeURIComponent(`${issuer}:${actor.email}`);
  const params = new URLSearchParams({ secret, issuer, algorithm: "SHA1", digits: "6", period: "30" });
  const otpauthUri = `otpauth://totp/${label}?${params}`;
  const svg = await QRCode.toString(otpauthUri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { secret, otpauthUri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}

/**
 * Turns two-factor on once the code matches the pending secret, and hands out the recovery codes
 * (shown once). Other browsers signed in without a second factor are signed out.
 */
export async function confirmTwoFactorEnrolment(
  raw: unknown,
  actor: Actor,
  currentSessionId?: string,
): Promise<{ recoveryCodes: string[] }> {
  const { code } = parseInput(ConfirmEnrolmentInput, raw);
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "Two-factor authentication is already on for your account.");
  if (!user.totpSecret) throw new AppError("CONFLICT", "Start again: press “Turn on two-factor authentication”.");
  const step = matchTotpStep(user.totpSecret, code, Date.now(), null);
  if (step === null) {
    throw new AppError("VALIDATION", "That code does not match. Check your app's clock and enter the current code.", {
      code: ["That code does not match. Enter the 6-digit code your app shows now."],
    });
  }
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, totpSecret: user.totpSecret, totpEnabledAt: null },
      data: { totpEnabledAt: new Date(), totpLastStep: step },
    });
    if (count === 0) throw new AppError("CONFLICT", "Two-factor set-up changed in another window. Start again.");
    const recoveryCodes = await replaceRecoveryCodes(actor.id, tx);
    await revokeUserSessions(actor.id, { tx, exceptSessionId: currentSessionId });
    return { recoveryCodes };
  });
}
