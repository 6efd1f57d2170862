import "server-only";
import { db } from "@/server/db";
import { assertPermission, type Actor } from "@/server/permissions";
import { toUserView, userViewSelect } from "@/server/users/user-view";
import type { UserView } from "@/lib/users/user-view";

/** Every account, deactivated ones included (they stay listed so they can be reactivated). */
export async function listUsers(actor: Actor): Promise<UserView[]> {
  assertPermission(actor, "user.manage");
  const rows = await db.user.findMany({ select: userViewSelect, orderBy: [{ name: "asc" }, { email: "asc" }] });
  return rows.map(toUserView);
}
