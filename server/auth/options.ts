import "server-only";
import type { NextAuthOptions } from "next-auth";
import { headers } from "next/headers";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientInfo } from "@/server/auth/client-info";
import { createSession, revokeSession, SESSION_MAX_AGE_SECONDS, sessionActor } from "@/server/auth/sessions";
import { authenticate } from "@/server/users/authenticate";

/**
 * next-auth keeps the session in an encrypted cookie (JWT) that names a row of AuthSession
 * ("sid"). The row is what makes a session revocable: sign-out, deactivation, role and password
 * changes end it on every instance at once, however long the cookie would still be valid.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        if (!credentials?.email || !credentials.password) return null;
        const actor = await authenticate(credentials.email, credentials.password);
        return actor ? { id: actor.id, name: actor.name, email: actor.email } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        // Signing in: a fresh session row, whatever the browser's previous cookie said.
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
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession(token.sid);
    },
  },
};
