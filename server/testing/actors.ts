// Integration-test helpers: a real user row, returned as the Actor services expect.
import type { Role } from "@/server/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { createUser } from "@/prisma/seed/factories";

export async function makeActor(role: Role = "CHECKER", name?: string): Promise<Actor> {
  const user = await createUser(db, { role, name });
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

/** The AppError a promise rejects with, for asserting code, message and fields together. */
export async function rejection(
  promise: Promise<unknown>,
): Promise<{ code: string; message: string; fields?: Record<string, string[]>; details?: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    return error as never;
  }
  throw new Error("Expected the promise to reject, but it resolved.");
}
