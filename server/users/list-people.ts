import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import type { Role } from "@/lib/permissions";

export interface Person {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/**
 * The active colleagues any signed-in user may name: assignees, people to mention. Deactivated
 * accounts are left out, since work handed to them would never be seen.
 */
export async function listPeople(_actor: Actor): Promise<Person[]> {
  return db.user.findMany({
    where: { deactivatedAt: null },
    select: { id: true, name: true, email: true, role: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
}
