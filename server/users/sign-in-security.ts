import "server-only";
import { db } from "@/server/db";
import { assertPermission, type Actor } from "@/server/permissions";
import { activeAccountLocks } from "@/server/auth/throttle";
import type { SignInSecurityView } from "@/lib/users/sign-in-security-view";

const RECENT_FAILURES = 100;

/** The latest failed sign-ins (who, when, from where, why) and every account locked right now. */
export async function signInSecurity(actor: Actor): Promise<SignInSecurityView> {
  assertPermission(actor, "user.manage");
  const [failures, locks] = await Promise.all([
    db.signInFailure.findMany({ orderBy: { id: "desc" }, take: RECENT_FAILURES }),
    activeAccountLocks(),
  ]);
  const emails = [...new Set([...failures.map((f) => f.email), ...locks.keys()])];
  const users = await db.user.findMany({
    where: { email: { in: emails } },
    select: { id: true, name: true, email: true },
  });
  const byEmail = new Map(users.map((u) => [u.email, u]));
  return {
    failures: failures.map((f) => ({
      id: f.id,
      email: f.email,
      userName: byEmail.get(f.email)?.name ?? null,
      ipAddress: f.ipAddress,
      reason: f.reason,
      createdAt: f.createdAt.toISOString(),
      locked: locks.has(f.email),
    })),
    // Only accounts: a lock on an email nobody has needs no unlocking.
    locks: [...locks].flatMap(([email, lock]) => {
      const user = byEmail.get(email);
      if (!user) return [];
      const { failures: count, lockedUntil } = lock;
      return [{ userId: user.id, name: user.name, email, failures: count, lockedUntil: lockedUntil.toISOString() }];
    }),
  };
}
