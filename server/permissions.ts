import "server-only";
import type { Role } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/errors";

// Permissions are data: to change who may do what, change this table, not the services.
export const PERMISSIONS = [
  "article.create",
  "claim.create",
  "claim.edit",
  "claim.delete",
  "source.add",
  "source.remove",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const DESK: Permission[] = [...PERMISSIONS];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  CHECKER: new Set(DESK),
  EDITOR: new Set(DESK),
  ADMIN: new Set(DESK),
};

export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export function can(actor: Actor, permission: Permission): boolean {
  return ROLE_PERMISSIONS[actor.role].has(permission);
}

export function assertPermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) {
    throw new AppError("FORBIDDEN", `Your role (${actor.role.toLowerCase()}) may not do this (${permission}).`);
  }
}
