import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { hashPassword } from "@/server/users/passwords";
import { CreateUserInput } from "@/server/users/schemas";
import { toUserView, userViewSelect } from "@/server/users/user-view";
import type { UserView } from "@/lib/users/user-view";

export async function createUser(raw: unknown, actor: Actor): Promise<UserView> {
  assertPermission(actor, "user.manage");
  const { password, ...input } = parseInput(CreateUserInput, raw);
  try {
    const user = await db.user.create({
      data: { ...input, passwordHash: await hashPassword(password) },
      select: userViewSelect,
    });
    return toUserView(user);
  } catch (error) {
    // The unique index decides, so two admins adding the same address at once get one account.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "That email address is already in use.", {
        email: [
          `An account with ${input.email} already exists: find it in the list to change its role or reactivate it.`,
        ],
      });
    }
    throw error;
  }
}
