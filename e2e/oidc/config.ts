// The local OpenID Connect provider the end-to-end tests sign in with (e2e/oidc/server.ts),
// started by scripts/e2e-server.ts beside the app.
export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3101);
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
export const OIDC_CLIENT_ID = "factdesk-e2e";
export const OIDC_CLIENT_SECRET = "e2e-oidc-secret-not-for-production";
export const OIDC_NAME = "Test identity provider";

/** An account at the identity provider; `login` is what one types on its sign-in page, and its subject. */
export interface TestIdentity {
  login: string;
  email: string;
  emailVerified: boolean;
  name: string;
}
