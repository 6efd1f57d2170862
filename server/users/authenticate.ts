import "server-only";
import { db } from "@/server/db";
import { verifyPassword } from "@/server/users/passwords";
import type { Actor } from "@/server/permissions";

// A hash of a password nobody has, so unknown emails cost as much time as wrong passwords.
const DUMMY_HASH = "$2b$10$o8fMsonsv5Yajk872VVu1eP2z1zqVvEv4zqJRnbh54VP5tC.lAdTC";

export async function authenticate(email: string, password: string): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || user.deactivatedAt) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
