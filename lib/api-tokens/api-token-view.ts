// The JSON shape of an API token as the admin API lists it: never the token, never its hash.
import type { Role } from "@/lib/permissions";

export type ApiTokenStatus = "active" | "expired" | "revoked";

export interface ApiTokenView {
  id: string;
  name: string;
  /** The token's first characters ("fdt_Ab12Cd34"), to tell tokens apart. */
  prefix: string;
  role: Role;
  createdBy: { id: string; name: string };
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  status: ApiTokenStatus;
}

export const TOKEN_EXPIRY_DEFAULT_DAYS = 90;
export const TOKEN_EXPIRY_MAX_DAYS = 365;
export const TOKEN_NAME_MAX = 100;
