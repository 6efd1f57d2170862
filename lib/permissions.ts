// Who may do what, as data. The server enforces it (server/permissions.ts); the UI reads the same
// table only to hide what a role cannot do. "own" means: only on claims the user created.
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
  "review.queue": "any",
  "article.publish": "any",
  "article.delete": "any",
};

export const ROLE_PERMISSIONS: Record<Role, Partial<Record<Permission, Scope>>> = {
  CHECKER,
  EDITOR,
  ADMIN: { ...EDITOR, "user.manage": "any", "token.manage": "any" },
};

/** Whether `user` may do `permission`, on a resource owned by `ownerId` when the grant is "own". */
export function can(user: { id: string; role: Role }, permission: Permission, ownerId?: string): boolean {
  const scope = ROLE_PERMISSIONS[user.role][permission];
  if (scope === "any") return true;
  return scope === "own" && ownerId !== undefined && ownerId === user.id;
}
