import "server-only";
import type { User } from "@/server/generated/prisma/client";
import { db } from "@/server/db";
import { verifyPassword } from "@/server/users/passwords";
import type { Actor } from "@/server/permissions";

// A hash of a password nobody has, so unknown emails cost as much time as wrong passwords.
const DUMMY_HASH = "$2b$10$o8fMsonsv5Yajk872VVu1eP2z1zqVvEv4zqJRnbh54VP5tC.lAdTC";

export type PasswordCheck =
  | { ok: true; user: User }
  | { ok: false; reason: "unknown-account" | "password" | "deactivated"; userId: string | null };

/** Checks an email and password, saying why it failed (for the failed sign-in log, never the user). */
export async function checkPassword(email: string, password: string): Promise<PasswordCheck> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user) return { ok: false, reason: "unknown-account", userId: null };
  if (user.deactivatedAt) return { ok: false, reason: "deactivated", userId: user.id };
  if (!ok) return { ok: false, reason: "password", userId: user.id };
  return { ok: true, user };
}

export async function authenticate(email: string, password: string): Promise<Actor | null> {
  const check = await checkPassword(email, password);
  if (!check.ok) return null;
  const { id, name, email: userEmail, role } = check.user;
  return { id, name, email: userEmail, role };
}
