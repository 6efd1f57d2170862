import { createHash, randomBytes } from "node:crypto";

// "fdt_" marks the secret as ours, so secret scanners and people reading logs can recognise it.
const TOKEN_PREFIX = "fdt_";
const TOKEN_PATTERN = /^fdt_[A-Za-z0-9_-]{43}$/;
/** Enough of the token to tell tokens apart in the list, far too little to guess the rest. */
const SHOWN_CHARACTERS = 12;

/** A new token (32 random bytes) with what gets stored of it: its SHA-256 and its first characters. */
export function generateApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, SHOWN_CHARACTERS) };
}

/** A plain hash is enough: 256 random bits cannot be brute-forced, unlike a password. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function looksLikeApiToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/**
 * The token of an `Authorization: Bearer …` header, "" for a Bearer header without a usable
 * token, or null when the header is absent or uses another scheme (a proxy's Basic auth in
 * front of the desk must not break the browser's cookie sign-in).
 */
export function bearerToken(authorization: string | null): string | null {
  if (!authorization) return null;
  const match = /^\s*bearer(?:\s+(.*))?$/i.exec(authorization);
  if (!match) return null;
  return match[1]?.trim() ?? "";
}
