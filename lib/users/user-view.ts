// The JSON shape of a desk account as the admin API returns it. Never carries the password hash.
import type { Role } from "@/lib/permissions";

export const ROLES = ["CHECKER", "EDITOR", "ADMIN"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = { CHECKER: "Fact-checker", EDITOR: "Editor", ADMIN: "Admin" };

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** False once an admin deactivates the account: it cannot sign in; its name stays in history. */
  active: boolean;
  deactivatedAt: string | null;
  createdAt: string;
}

/** For sentences: "Sam is now an editor." */
export const ROLE_WITH_ARTICLE: Record<Role, string> = {
  CHECKER: "a fact-checker",
  EDITOR: "an editor",
  ADMIN: "an admin",
};
