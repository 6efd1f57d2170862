import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { Role } from "@/server/generated/prisma/enums";
import { db } from "@/server/db";
import { revokeUserSessions } from "@/server/auth/sessions";
import { AppError, notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { UpdateUserInput } from "@/server/users/schemas";
import { toUserView, userViewSelect } from "@/server/users/user-view";
import type { UserView } from "@/lib/users/user-view";

type LockedUser = { id: string; name: string; role: Role; deactivatedAt: Date | null };

/**
 * Changes a user's role and/or deactivates (active: false) or reactivates (active: true) them.
 * The desk must keep at least one active admin, so demoting or deactivating the last one is
 * refused with 409 — admins acting on themselves included. Either change signs them out everywhere.
 */
export async function updateUser(userId: string, raw: unknown, actor: Actor): Promise<UserView> {
  assertPermission(actor, "user.manage");
  const input = parseInput(UpdateUserInput, raw);

  return db.$transaction(async (tx) => {
    const { target, otherActiveAdmins } = await lockAdminsAnd(tx, userId);
    const role = input.role ?? target.role;
    const active = input.active ?? target.deactivatedAt === null;
    const wasActiveAdmin = target.role === "ADMIN" && target.deactivatedAt === null;
    if (wasActiveAdmin && !(role === "ADMIN" && active) && otherActiveAdmins === 0) {
      const change = active ? "change their role" : "deactivate them";
      throw new AppError(
        "CONFLICT",
        `${target.name} is the only active admin. Make someone else an admin before you ${change}.`,
      );
    }
    const user = await tx.user.update({
      where: { id: userId },
      // Deactivating twice keeps the first date: that is when they lost access.
      data: { role, deactivatedAt: active ? null : (target.deactivatedAt ?? new Date()) },
      select: userViewSelect,
    });
    // Signed out everywhere in the same transaction: no browser keeps the old role, and a
    // deactivated person's cookie stays dead even once they are reactivated.
    if (role !== target.role || !active) await revokeUserSessions(userId, { tx });
    return toUserView(user);
  });
}

/**
 * Locks the target and every active admin in one statement, in id order, until the transaction
 * ends. Two admins demoting each other at once thus run one after the other, and the second sees
 * the first's change (READ COMMITTED re-checks locked rows against the WHERE clause), so the
 * admin count cannot be read stale. One ordered statement, not two, so lockers cannot deadlock.
 */
async function lockAdminsAnd(
  tx: Prisma.TransactionClient,
  userId: string,
): Promise<{ target: LockedUser; otherActiveAdmins: number }> {
  const rows = await tx.$queryRaw<LockedUser[]>`
    SELECT "id", "name", "role"::text AS "role", "deactivatedAt" FROM "User"
    WHERE "id" = ${userId} OR ("role" = 'ADMIN' AND "deactivatedAt" IS NULL)
    ORDER BY "id" FOR UPDATE`;
  const target = rows.find((row) => row.id === userId);
  if (!target) throw notFound("User");
  return { target, otherActiveAdmins: rows.filter((row) => row.id !== userId).length };
}
