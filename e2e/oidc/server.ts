// A real OpenID Connect provider (panva's oidc-provider, the certified implementation) for the
// single sign-on tests: discovery, authorization code with PKCE, signed ID tokens, its own
// development sign-in page (any login name, any password). Accounts live in memory; tests add or
// change them through PUT /test/accounts/<login>, which exists only on this test server.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import Provider, { type OidcContext } from "oidc-provider";
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, type TestIdentity } from "@/e2e/oidc/config";

/** For trying SSO by hand against the demo accounts (README): sign in as "checker", "unverified" or "stranger". */
const DEMO_IDENTITIES: TestIdentity[] = [
  { login: "checker", email: "checker@example.org", emailVerified: true, name: "Casey Checker" },
  { login: "unverified", email: "editor@example.org", emailVerified: false, name: "Unverified Editor" },
  { login: "stranger", email: "stranger@example.org", emailVerified: true, name: "Sam Stranger" },
];

export async function startOidcServer(options: { port: number; redirectUri: string }): Promise<{ close(): void }> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const identities = new Map(DEMO_IDENTITIES.map((identity) => [identity.login, identity]));

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: OIDC_CLIENT_SECRET,
        redirect_uris: [options.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    async findAccount(_ctx: unknown, login: string) {
      const identity = identities.get(login);
      if (!identity) return undefined;
      return {
        accountId: login,
        claims: () => ({
          sub: login,
          email: identity.email,
          email_verified: identity.emailVerified,
          name: identity.name,
        }),
      };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Google, Entra, Okta and Keycloak put the scope's claims in the ID token, which is where the
    // desk reads them; oidc-provider by default keeps them for the userinfo endpoint.
    conformIdTokenClaims: false,
    // The desk is a first-party client: no consent screen, as at a newsroom's own IdP.
    async loadExistingGrant(ctx: OidcContext) {
      const { client, session, result } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
    // The desk must do PKCE (next-auth's "pkce" check): refuse any authorization request without it.
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["e2e-oidc-cookie-key-not-for-production"] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
  });

  const oidc = provider.callback();
  const server = createServer((req, res) => {
    const account = req.url?.match(/^\/test\/accounts\/([\w.@-]+)$/);
    if (account?.[1] && req.method === "PUT") return putIdentity(account[1], req, res, identities);
    oidc(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  return { close: () => server.close() };
}

async function putIdentity(
  login: string,
  req: IncomingMessage,
  res: ServerResponse,
  identities: Map<string, TestIdentity>,
): Promise<void> {
  let body = "";
  for await (const chunk of req) body += chunk;
  const { email, emailVerified, name } = JSON.parse(body) as Omit<TestIdentity, "login">;
  identities.set(login, { login, email, emailVerified, name });
  res.writeHead(204).end();
}
