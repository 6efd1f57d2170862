import "server-only";
import { parseInput } from "@/server/validation";
import type { ApiTokenStatus, ApiTokenView } from "@/lib/api-tokens/api-token-view";
import { ROLE_WITH_ARTICLE } from "@/lib/users/user-view";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { generateApiToken } from "@/server/auth/api-tokens-format";
import { roleAtMost } from "@/server/auth/api-tokens-roles";
import { CreateApiTokenInput } from "@/server/auth/api-tokens-schemas";

const DAY_MS = 24 * 60 * 60 * 1000;
const VIEW_SELECT = {
  id: true,
  name: true,
  prefix: true,
  role: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdBy: { select: { id: true, name: true } },
} as const;

/** The token itself is returned here and nowhere else: only its hash is kept. */
export async function createApiToken(
  raw: unknown,
  actor: Actor,
): Promise<{ id: string; token: string; apiToken: ApiTokenView }> {
  assertPermission(actor, "token.manage");
  const { name, role, expiresInDays } = parseInput(CreateApiTokenInput, raw);
  if (!roleAtMost(role, actor.role)) {
    throw new AppError(
      "FORBIDDEN",
      `A token can do no more than you: as ${ROLE_WITH_ARTICLE[actor.role]}, choose your role or a lower one.`,
      {
        role: ["Choose a role no higher than your own."],
      },
    );
  }
  const { token, tokenHash, prefix } = generateApiToken();
  const row = await db.apiToken.create({
    data: {
      name,
      role,
      tokenHash,
      prefix,
      createdById: actor.id,
      expiresAt: new Date(Date.now() + expiresInDays * DAY_MS),
    },
    select: VIEW_SELECT,
  });
  return { id: row.id, token, apiToken: toView(row) };
}

/** Every token of the desk, newest first: tokens belong to the newsroom's integrations, not to one admin. */
export async function listApiTokens(actor: Actor): Promise<ApiTokenView[]> {
  assertPermission(actor, "token.manage");
  const rows = await db.apiToken.findMany({ select: VIEW_SELECT, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  return rows.map(toView);
}

/** Revoking twice is not an error; the first revocation time stays. */
export async function revokeApiToken(id: string, actor: Actor): Promise<void> {
  assertPermission(actor, "token.manage");
  const token = await db.apiToken.findUnique({ where: { id }, select: { id: true } });
  if (!token) throw notFound("API token");
  await db.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
}

type Row = {
  id: string;
  name: string;
  prefix: string;
  role: ApiTokenView["role"];
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdBy: { id: string; name: string };
};

function toView(row: Row): ApiTokenView {
  const status: ApiTokenStatus = row.revokedAt ? "revoked" : row.expiresAt <= new Date() ? "expired" : "active";
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    status,
  };
}
