import type { Role } from "@/lib/permissions";

const RANK: Record<Role, number> = { CHECKER: 0, EDITOR: 1, ADMIN: 2 };

export function roleAtMost(role: Role, limit: Role): boolean {
  return RANK[role] <= RANK[limit];
}

/** The lower of two roles: what a token may do once its creator's own role has changed. */
export function lowerRole(a: Role, b: Role): Role {
  return RANK[a] <= RANK[b] ? a : b;
}
