import "server-only";
import type { Role } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/errors";
import { can, ROLE_PERMISSIONS, type Permission } from "@/lib/permissions";

export type { Permission } from "@/lib/permissions";

export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

const ROLE_NAMES: Record<Role, string> = { CHECKER: "fact-checkers", EDITOR: "editors", ADMIN: "admins" };

/**
 * The one permission check every mutation makes. Pass the owner's id for resources a role may
 * only touch when it is theirs; a refusal says what the role may do instead.
 */
export function assertPermission(actor: Actor, permission: Permission, owner?: string | readonly string[]): void {
  if (can(actor, permission, owner)) return;
  const scope = ROLE_PERMISSIONS[actor.role][permission];
  throw new AppError(
    "FORBIDDEN",
    scope === "own"
      ? `As one of the ${ROLE_NAMES[actor.role]}, you can only do this (${permission}) on claims you created or that are assigned to you.`
      : `Your role does not allow this (${permission}). Ask an ${permission === "user.manage" ? "admin" : "editor"}.`,
  );
}
