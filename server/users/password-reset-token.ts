import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** How long an admin-issued reset link works: long enough to pass on, short enough to go stale. */
export const RESET_LINK_HOURS = 24;

/** 32 random bytes for the link; only their SHA-256 is stored, so a database dump opens nothing. */
export function newResetToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashResetToken(token) };
}

export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
