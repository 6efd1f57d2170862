import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { z } from "zod";
import { ssoEnv } from "@/server/env";

/** next-auth's id for the provider: the redirect URI to register is <NEXTAUTH_URL>/api/auth/callback/oidc. */
export const SSO_PROVIDER_ID = "oidc";

export interface SsoConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The button's "Sign in with <name>". */
  name: string;
}

export function ssoConfig(): SsoConfig | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } = ssoEnv();
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  return {
    issuer: OIDC_ISSUER.replace(/\/+$/, ""),
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    name: OIDC_NAME,
  };
}

/** The ID token claims the desk relies on; openid-client has checked its signature, issuer, audience and nonce. */
const IdTokenClaims = z.object({
  iss: z.string().min(1),
  sub: z.string().min(1),
  email: z.string().optional(),
  email_verified: z.unknown().optional(),
  name: z.string().optional(),
});
type IdTokenClaims = z.infer<typeof IdTokenClaims>;

/** Who the identity provider says signed in. */
export interface SsoIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  /** Only a literal `true` counts: some providers send "true" strings or omit the claim, and neither proves anything. */
  emailVerified: boolean;
}

export function ssoIdentity(profile: unknown): SsoIdentity | null {
  const claims = IdTokenClaims.safeParse(profile);
  if (!claims.success) return null;
  const { iss, sub, email, email_verified } = claims.data;
  return {
    issuer: iss,
    subject: sub,
    email: email?.trim().toLowerCase() || null,
    emailVerified: email_verified === true,
  };
}

/**
 * The OpenID Connect provider, when configured. next-auth fetches the discovery document, the
 * keys and the token endpoint from the issuer on the server. Unlike URL import
 * (server/articles/import/address-policy.ts), no private-address block applies: the issuer is
 * trusted configuration set by the operator, never an address a user typed, and a newsroom's
 * Keycloak may well live on its private network.
 */
export function ssoProviders(): OAuthConfig<IdTokenClaims>[] {
  const config = ssoConfig();
  if (!config) return [];
  return [
    {
      id: SSO_PROVIDER_ID,
      name: config.name,
      type: "oauth",
      wellKnown: `${config.issuer}/.well-known/openid-configuration`,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      authorization: { params: { scope: "openid email profile" } },
      // The claims come from the signed ID token, not from a second request to userinfo.
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      // next-auth's user for the provider's subject; the jwt callback swaps in the desk's own user.
      profile: (claims) => ({ id: claims.sub, name: claims.name ?? null, email: claims.email ?? null }),
    },
  ];
}
