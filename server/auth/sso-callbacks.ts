import "server-only";
import { ssoIdentity } from "@/server/auth/sso";
import { linkedSsoUser, resolveSsoUser, type SsoUser } from "@/server/auth/sso-link";

/**
 * next-auth's signIn callback for the OpenID Connect provider: true lets the sign-in go on, a
 * path sends the browser back to the sign-in page with the reason (lib/auth/sign-in-errors.ts).
 */
export async function allowSsoSignIn(profile: unknown, client: { ipAddress: string | null }): Promise<true | string> {
  const identity = ssoIdentity(profile);
  if (!identity) return "/sign-in?error=Callback";
  const outcome = await resolveSsoUser(identity, client);
  return "user" in outcome ? true : `/sign-in?error=${outcome.refused}`;
}

/** For the jwt callback: the desk account behind the identity that allowSsoSignIn just let in. */
export async function ssoSessionUser(profile: unknown): Promise<SsoUser> {
  const identity = ssoIdentity(profile);
  const user = identity && (await linkedSsoUser(identity));
  if (!user) throw new Error("Single sign-on identity is no longer linked to an active account");
  return user;
}
