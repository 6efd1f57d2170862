import "server-only";
import type { Role } from "@/lib/permissions";
import { db } from "@/server/db";
import { assertPermission, type Actor } from "@/server/permissions";

export interface UserTwoFactorView {
  id: string;
  name: string;
  email: string;
  role: Role;
  enabledAt: string | null;
}

/** Active accounts and whether each has two-factor on, for the admin page. */
export async function listUserTwoFactor(actor: Actor): Promise<UserTwoFactorView[]> {
  assertPermission(actor, "user.manage");
  const users = await db.user.findMany({
    where: { deactivatedAt: null },
    select: { id: true, name: true, email: true, role: true, totpEnabledAt: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
  return users.map(({ totpEnabledAt, ...user }) => ({ ...user, enabledAt: totpEnabledAt?.toISOString() ?? null }));
}
