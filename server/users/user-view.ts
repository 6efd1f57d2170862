import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { UserView } from "@/lib/users/user-view";

/** Only these columns leave the database for the admin views: never the password hash. */
export const userViewSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  deactivatedAt: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

type UserRow = Prisma.UserGetPayload<{ select: typeof userViewSelect }>;

export function toUserView(u: UserRow): UserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    active: u.deactivatedAt === null,
    deactivatedAt: u.deactivatedAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}
