import "server-only";
import type { NextAuthOptions } from "next-auth";
import { headers } from "next/headers";
import CredentialsProvider from "next-auth/providers/credentials";
import { safeNextPath } from "@/lib/links/safe-next-path";
import { clientInfo } from "@/server/auth/client-info";
import { authorizeCredentials } from "@/server/auth/credentials";
import { createSession, revokeSession, SESSION_MAX_AGE_SECONDS, sessionActor } from "@/server/auth/sessions";
import { SSO_PROVIDER_ID, ssoProviders } from "@/server/auth/sso";
import { allowSsoSignIn, ssoSessionUser } from "@/server/auth/sso-callbacks";

/**
 * next-auth keeps the session in an encrypted cookie (JWT) that names a row of AuthSession
 * ("sid"). The row is what makes a session revocable: sign-out, deactivation, role and password
 * changes end it on every instance at once, however long the cookie would still be valid.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Refusals (AccessDenied, a failed OpenID Connect callback) come back to the sign-in page, in words.
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      // Throttling, the failed sign-in log and the second factor live in server/auth/credentials.ts.
      async authorize(credentials) {
        return authorizeCredentials(credentials, await headers());
      },
    }),
    ...ssoProviders(),
  ],
  callbacks: {
    // Single sign-on links to, or is refused, a desk account here (server/auth/sso-link.ts).
    async signIn({ account, profile }) {
      if (account?.provider !== SSO_PROVIDER_ID) return true;
      return allowSsoSignIn(profile, clientInfo(await headers()));
    },
    async jwt({ token, user, account, profile }) {
      if (user) {
        // Signing in: a fresh session row, whatever the browser's previous cookie said. Through
        // single sign-on, `user` is the provider's subject: the session is the linked desk account's.
        if (account?.provider === SSO_PROVIDER_ID) {
          const deskUser = await ssoSessionUser(profile);
          Object.assign(token, { sub: deskUser.id, name: deskUser.name, email: deskUser.email, picture: null });
          token.sid = await createSession(deskUser.id, "sso", clientInfo(await headers()));
          return token;
        }
        token.sub = user.id;
        token.sid = await createSession(user.id, "password", clientInfo(await headers()));
        return token;
      }
      // /api/auth/session and friends: a revoked session or deactivated user gets no session.
      // Throwing here makes next-auth clear the cookie and answer with an empty session.
      const valid = typeof token.sid === "string" && token.sub && (await sessionActor(token.sid, token.sub));
      if (!valid) throw new Error("Session revoked or expired");
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
    // Where next-auth sends the browser after signing in or out: our own paths only.
    redirect({ url, baseUrl }) {
      return new URL(safeNextPath(url, { origin: baseUrl }), baseUrl).toString();
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession(token.sid);
    },
  },
};
