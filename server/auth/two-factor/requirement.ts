import "server-only";
import { parseInput } from "@/server/validation";
import type { Role } from "@/lib/permissions";
import { db } from "@/server/db";
import { assertPermission, type Actor } from "@/server/permissions";
import { TwoFactorRequirementInput } from "@/server/auth/two-factor/schemas";

const SETTINGS_ID = 1;
const COVERED_ROLES: readonly Role[] = ["EDITOR", "ADMIN"];

export async function getTwoFactorRequirement(): Promise<boolean> {
  const settings = await db.deskSettings.findUnique({
    where: { id: SETTINGS_ID },
    select: { requireTwoFactorForEditors: true },
  });
  return settings?.requireTwoFactorForEditors ?? false;
}

export async function setTwoFactorRequirement(raw: unknown, actor: Actor): Promise<{ required: boolean }> {
  assertPermission(actor, "user.manage");
  const { required } = parseInput(TwoFactorRequirementInput, raw);
  await db.deskSettings.upsert({
    where: { id: SETTINGS_ID },
    create: { id: SETTINGS_ID, requireTwoFactorForEditors: required },
    update: { requireTwoFactorForEditors: required },
  });
  return { required };
}

export async function twoFactorRequiredFor(role: Role): Promise<boolean> {
  return COVERED_ROLES.includes(role) && (await getTwoFactorRequirement());
}

/**
 * Whether this browser session must turn two-factor on before doing anything else. Checkers cost
 * nothing; editors and admins one primary-key read (more only while the requirement is on).
 * Single sign-on sessions are exempt: the identity provider enforces its own second factor, and
 * a TOTP code is never asked for on that path.
 */
export async function mustEnrolTwoFactor(actor: Actor, sessionId?: string): Promise<boolean> {
  if (!(await twoFactorRequiredFor(actor.role))) return false;
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { totpEnabledAt: true } });
  if (user?.totpEnabledAt) return false;
  if (!sessionId) return true;
  const session = await db.authSession.findUnique({ where: { id: sessionId }, select: { method: true } });
  return session?.method !== "sso";
}

/** What a user who must enrol may still reach: the enrolment itself. */
export function isTwoFactorEnrolmentApi(pathname: string): boolean {
  return /^\/api\/account\/two-factor(\/|$)/.test(pathname);
}

export function isTwoFactorEnrolmentPage(path: string): boolean {
  return /^\/account(?:[/?#]|$)/.test(path);
}
