// Who may do what, as data. The server enforces it (server/permissions.ts); the UI reads the same
// table only to hide what a role cannot do. On claims "own" means: only on claims the user created
// or that are assigned to them (claimOwners), so whoever is given the work may do it. "claim.take"
// is always "own": a fact-checker may take an unassigned claim for themselves and hand back their
// own assignment; "claim.assign" (editors) assigns anyone active, reassigns and unassigns.
export type Role = "CHECKER" | "EDITOR" | "ADMIN";
export type Scope = "own" | "any";

export const PERMISSIONS = [
  "article.create",
  "article.update",
  "article.delete",
  "claim.create",
  "claim.edit",
  "claim.delete",
  "source.manage",
  "claim.submit",
  "claim.review",
  "claim.reopen",
  "claim.assign",
  "claim.take",
  "comment.add",
  "review.queue",
  "article.publish",
  "user.manage",
  "token.manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const CHECKER: Partial<Record<Permission, Scope>> = {
  "article.create": "any",
  // New revisions (corrections, updates, re-fetch) come from whoever follows the story.
  "article.update": "any",
  "claim.create": "any",
  "claim.edit": "own",
  "claim.delete": "own",
  "source.manage": "own",
  "claim.submit": "own",
  "claim.take": "own",
  "comment.add": "any",
};

const EDITOR: Partial<Record<Permission, Scope>> = {
  ...CHECKER,
  "claim.edit": "any",
  "claim.delete": "any",
  "source.manage": "any",
  "claim.submit": "any",
  "claim.review": "any",
  "claim.reopen": "any",
  "claim.assign": "any",
  "review.queue": "any",
  "article.publish": "any",
  "article.delete": "any",
};

export const ROLE_PERMISSIONS: Record<Role, Partial<Record<Permission, Scope>>> = {
  CHECKER,
  EDITOR,
  ADMIN: { ...EDITOR, "user.manage": "any", "token.manage": "any" },
};

/** The people a claim belongs to for "own" grants: its author and its assignee. */
export function claimOwners(claim: { createdById: string; assigneeId: string | null }): string[] {
  return claim.assigneeId === null ? [claim.createdById] : [claim.createdById, claim.assigneeId];
}

/**
 * Whether `user` may do `permission`, on a resource owned by `owner` (one id, or every id that
 * counts as an owner, see claimOwners) when the grant is "own".
 */
export function can(
  user: { id: string; role: Role },
  permission: Permission,
  owner?: string | readonly string[],
): boolean {
  const scope = ROLE_PERMISSIONS[user.role][permission];
  if (scope === "any") return true;
  const owners = typeof owner === "string" ? [owner] : (owner ?? []);
  return scope === "own" && owners.includes(user.id);
}
