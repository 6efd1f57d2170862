import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { hashApiToken, looksLikeApiToken } from "@/server/auth/api-tokens-format";
import { lowerRole } from "@/server/auth/api-tokens-roles";

/** How often "last used" is written: enough for the list, not a write per request. */
const LAST_USED_RESOLUTION_MS = 60 * 1000;

/**
 * Who a Bearer token speaks for: its creator, with the token's role capped at the creator's
 * current one (a demoted admin's tokens are demoted too; a deactivated creator's tokens are
 * dead). Null for an unknown, revoked or expired token.
 */
export async function tokenActor(token: string): Promise<{ actor: Actor; tokenId: string } | null> {
  if (!looksLikeApiToken(token)) return null;
  const now = new Date();
  const row = await db.apiToken.findFirst({
    where: {
      tokenHash: hashApiToken(token),
      revokedAt: null,
      expiresAt: { gt: now },
      createdBy: { deactivatedAt: null },
    },
    select: { id: true, role: true, createdBy: { select: { id: true, name: true, email: true, role: true } } },
  });
  if (!row) return null;
  // Conditional, so concurrent requests on several instances write it once per minute at most.
  await db.apiToken.updateMany({
    where: {
      id: row.id,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }],
    },
    data: { lastUsedAt: now },
  });
  const { createdBy } = row;
  return { actor: { ...createdBy, role: lowerRole(row.role, createdBy.role) }, tokenId: row.id };
}
