import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { NextAuthOptions } from "next-auth";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { authenticate } from "@/server/users/authenticate";

export const authOptions: NextAuthOptions = {
  // A fixed working day: tokens are read, not re-issued, on each request (see getCurrentUser).
  session: { strategy: "jwt", maxAge: 24 * 60 * 60 },
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
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};

/**
 * The signed-in user, read fresh from the database on every request (once per request thanks to
 * React's cache) so a changed role or a removed account takes effect at once, not at token expiry.
 * The session token is only decrypted here: getServerSession would also re-encrypt and re-set the
 * cookie on every call, which measured as a fifth of the CPU of an API request.
 */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const req = { cookies: await cookies(), headers: await headers() };
  const token = await getToken({
    req: req as unknown as Parameters<typeof getToken>[0]["req"],
    secret: process.env.NEXTAUTH_SECRET,
  });
  if (!token?.sub) return null;
  // A deactivated account loses its session at once, not when the token expires.
  return db.user.findFirst({
    where: { id: token.sub, deactivatedAt: null },
    select: { id: true, name: true, email: true, role: true },
  });
});

export async function requireUser(): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return user;
}

/**
 * For pages: the signed-in user, or a redirect to the sign-in page that comes back to the page
 * asked for (see proxy.ts). Layouts and pages render in parallel, so each page checks.
 */
export async function requirePageUser(): Promise<Actor> {
  const user = await getCurrentUser();
  if (user) return user;
  const path = (await headers()).get("x-requested-path");
  redirect(path ? `/sign-in?${new URLSearchParams({ callbackUrl: path })}` : "/sign-in");
}
