import { afterEach, describe, expect, it, vi } from "vitest";

const SSO_VARS = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_NAME"] as const;

// env.ts validates once and caches, so each case loads a fresh copy under its own environment.
async function ssoWith(vars: Partial<Record<(typeof SSO_VARS)[number], string>>) {
  for (const name of SSO_VARS) vi.stubEnv(name, vars[name] ?? "");
  vi.resetModules();
  return import("@/server/auth/sso");
}

afterEach(() => vi.unstubAllEnvs());

describe("single sign-on configuration", () => {
  it("is off without the variables: no provider, password sign-in only", async () => {
    const { ssoConfig, ssoProviders } = await ssoWith({});
    expect(ssoConfig()).toBeNull();
    expect(ssoProviders()).toEqual([]);
  });

  it("registers one OpenID Connect provider with discovery, PKCE, state and nonce", async () => {
    const { ssoProviders } = await ssoWith({
      OIDC_ISSUER: "https://idp.example.org/realms/desk/",
      OIDC_CLIENT_ID: "desk",
      OIDC_CLIENT_SECRET: "s3cret",
      OIDC_NAME: "Keycloak",
    });
    expect(ssoProviders()).toEqual([
      expect.objectContaining({
        id: "oidc",
        name: "Keycloak",
        wellKnown: "https://idp.example.org/realms/desk/.well-known/openid-configuration",
        idToken: true,
        checks: ["pkce", "state", "nonce"],
      }),
    ]);
  });

  it("names the provider 'single sign-on' unless OIDC_NAME says otherwise", async () => {
    const { ssoConfig } = await ssoWith({
      OIDC_ISSUER: "https://idp.example.org",
      OIDC_CLIENT_ID: "d",
      OIDC_CLIENT_SECRET: "s",
    });
    expect(ssoConfig()?.name).toBe("single sign-on");
  });

  it("refuses half a configuration, naming what is missing", async () => {
    const { ssoConfig } = await ssoWith({ OIDC_ISSUER: "https://idp.example.org", OIDC_CLIENT_ID: "desk" });
    expect(() => ssoConfig()).toThrow(
      /OIDC_CLIENT_SECRET: set all of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET or none/,
    );
  });
});
