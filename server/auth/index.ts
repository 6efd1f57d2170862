import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { sessionActor } from "@/server/auth/sessions";
import { tokenActor } from "@/server/auth/api-tokens-actor";
import { bearerToken } from "@/server/auth/api-tokens-format";
import { browserOnlyMessage, isBrowserOnlyApi } from "@/server/auth/api-tokens-scope";
import {
  isTwoFactorEnrolmentApi,
  isTwoFactorEnrolmentPage,
  mustEnrolTwoFactor,
} from "@/server/auth/two-factor/requirement";

export { authOptions } from "@/server/auth/options";

/**
 * Who is asking, and how they proved it: a browser session (which may still owe the desk its
 * required two-factor enrolment), or an API token (`Authorization: Bearer`).
 */
export type RequestAuth =
  | { actor: Actor; kind: "session"; sessionId: string; twoFactorPending: boolean }
  | { actor: Actor; kind: "token"; tokenId: string };

/**
 * The signed-in user, read fresh from the database on every request (once per request thanks to
 * React's cache) so a revoked session, a changed role or a removed account takes effect at once,
 * not at token expiry. The session token is only decrypted here: getServerSession would also
 * re-encrypt and re-set the cookie on every call, which measured as a fifth of the CPU of an API
 * request.
 */
export const getRequestAuth = cache(async (): Promise<RequestAuth | null> => {
  const req = { cookies: await cookies(), headers: await headers() };
  // A Bearer header alone decides, so a script's bad token never falls back to a cookie.
  const bearer = bearerToken(req.headers.get("authorization"));
  if (bearer !== null) {
    const auth = bearer ? await tokenActor(bearer) : null;
    if (!auth) throw new AppError("INVALID_TOKEN", "This API token is not valid: it is unknown, expired or revoked.");
    return { ...auth, kind: "token" };
  }
  const token = await getToken({
    req: req as unknown as Parameters<typeof getToken>[0]["req"],
    secret: process.env.NEXTAUTH_SECRET,
  });
  if (!token?.sub || typeof token.sid !== "string") return null;
  const actor = await sessionActor(token.sid, token.sub);
  if (!actor) return null;
  return { actor, kind: "session", sessionId: token.sid, twoFactorPending: await mustEnrolTwoFactor(actor, token.sid) };
});

/** Pages are for people in a browser: an API token does not sign a page in. */
async function getPageAuth(): Promise<Extract<RequestAuth, { kind: "session" }> | null> {
  const auth = await getRequestAuth().catch((error: unknown) => {
    if (error instanceof AppError && error.code === "INVALID_TOKEN") return null;
    throw error;
  });
  return auth?.kind === "session" ? auth : null;
}

export async function getCurrentUser(): Promise<Actor | null> {
  return (await getPageAuth())?.actor ?? null;
}

export async function requireUser(): Promise<Actor> {
  return apiActor(await getRequestAuth(), "");
}

/**
 * For apiRoute: the actor, once the way they signed in may call `pathname`. 401 signed out;
 * 403 for a token on a browser-only route (tokens, account security), and for a session that
 * must enrol in two-factor first on anything but the enrolment routes.
 */
export function apiActor(auth: RequestAuth | null, pathname: string): Actor {
  if (!auth) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (auth.kind === "token" && isBrowserOnlyApi(pathname)) {
    throw new AppError("BROWSER_ONLY", browserOnlyMessage(pathname));
  }
  if (auth.kind === "session" && auth.twoFactorPending && !isTwoFactorEnrolmentApi(pathname)) {
    throw new AppError(
      "TWO_FACTOR_REQUIRED",
      "Your desk requires two-factor authentication for editors and admins. Turn it on under Account first.",
    );
  }
  return auth.actor;
}

/**
 * For pages: the signed-in user, or a redirect to the sign-in page that comes back to the page
 * asked for (see proxy.ts). Layouts and pages render in parallel, so each page checks.
 */
export async function requirePageUser(): Promise<Actor> {
  const auth = await getPageAuth();
  const path = (await headers()).get("x-requested-path");
  if (auth && auth.twoFactorPending && !isTwoFactorEnrolmentPage(path ?? "")) redirect("/account?twoFactor=required");
  if (auth) return auth.actor;
  redirect(path ? `/sign-in?${new URLSearchParams({ callbackUrl: path })}` : "/sign-in");
}
