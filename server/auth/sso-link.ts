import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import { db } from "@/server/db";
import type { SsoRefusal } from "@/lib/auth/sign-in-errors";
import type { SsoIdentity } from "@/server/auth/sso";

export interface SsoUser {
  id: string;
  name: string;
  email: string;
}

export type SsoOutcome = { user: SsoUser } | { refused: SsoRefusal };

const userSelect = {
  id: true,
  name: true,
  email: true,
  oidcIssuer: true,
  oidcSubject: true,
  deactivatedAt: true,
} as const;

/**
 * The desk account an identity provider's sign-in stands for. The (issuer, subject) pair is the
 * identity: once linked, it alone decides, so a changed email at the provider neither breaks the
 * sign-in nor lets someone else's new address take over an account. Linking happens once, by an
 * email the provider vouches for (email_verified), and only to an account an admin created.
 * Every refusal is recorded for admins as a failed sign-in with reason "sso".
 */
export async function resolveSsoUser(identity: SsoIdentity, client: { ipAddress: string | null }): Promise<SsoOutcome> {
  const refuse = async (refused: SsoRefusal, userId: string | null = null): Promise<SsoOutcome> => {
    await db.signInFailure.create({
      data: { email: identity.email ?? "", userId, ipAddress: client.ipAddress, reason: "sso" },
    });
    return { refused };
  };

  const linked = await db.user.findUnique({
    where: { oidcIssuer_oidcSubject: { oidcIssuer: identity.issuer, oidcSubject: identity.subject } },
    select: userSelect,
  });
  if (linked) return linked.deactivatedAt ? refuse("SsoDeactivated", linked.id) : { user: toSsoUser(linked) };

  if (!identity.email || !identity.emailVerified) return refuse("SsoUnverifiedEmail");
  const byEmail = await db.user.findUnique({ where: { email: identity.email }, select: userSelect });
  if (!byEmail) return refuse("SsoNoAccount");
  if (byEmail.deactivatedAt) return refuse("SsoDeactivated", byEmail.id);
  // Linked to another subject of this issuer: someone else's identity, or the provider re-used an
  // address. A link to another issuer is stale (only one is configured) and is replaced, so a
  // newsroom can move from one provider to the next.
  if (byEmail.oidcSubject && byEmail.oidcIssuer === identity.issuer) return refuse("SsoLinkedElsewhere", byEmail.id);

  try {
    const { count } = await db.user.updateMany({
      where: {
        id: byEmail.id,
        deactivatedAt: null,
        OR: [{ oidcSubject: null }, { oidcIssuer: { not: identity.issuer } }],
      },
      data: { oidcIssuer: identity.issuer, oidcSubject: identity.subject },
    });
    // Deactivated or linked by a concurrent sign-in since we read it.
    if (count === 0) return refuse("SsoLinkedElsewhere", byEmail.id);
  } catch (error) {
    // The same subject was linked to another account a moment ago (unique issuer + subject).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return refuse("SsoLinkedElsewhere", byEmail.id);
    }
    throw error;
  }
  return { user: toSsoUser(byEmail) };
}

/** The account an already linked identity signs in as (the jwt callback, right after resolveSsoUser linked it). */
export async function linkedSsoUser(identity: SsoIdentity): Promise<SsoUser | null> {
  const user = await db.user.findFirst({
    where: { oidcIssuer: identity.issuer, oidcSubject: identity.subject, deactivatedAt: null },
    select: { id: true, name: true, email: true },
  });
  return user;
}

function toSsoUser(user: SsoUser): SsoUser {
  return { id: user.id, name: user.name, email: user.email };
}
