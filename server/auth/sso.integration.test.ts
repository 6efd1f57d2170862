import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createUser } from "@/prisma/seed/factories";
import { ssoIdentity, type SsoIdentity } from "@/server/auth/sso";
import { resolveSsoUser } from "@/server/auth/sso-link";

const ISSUER = "https://idp.example.org";
const client = { ipAddress: "203.0.113.7" };
const tag = () => randomUUID().slice(0, 8);

function identity(overrides: Partial<SsoIdentity> = {}): SsoIdentity {
  return {
    issuer: ISSUER,
    subject: `sub-${tag()}`,
    email: `person-${tag()}@example.org`,
    emailVerified: true,
    ...overrides,
  };
}

async function failuresFor(email: string) {
  return db.signInFailure.findMany({ where: { email }, select: { reason: true, userId: true, ipAddress: true } });
}

describe("resolveSsoUser", () => {
  it("links the first sign-in to the account with that verified email", async () => {
    const user = await createUser(db);
    const who = identity({ email: user.email });

    const outcome = await resolveSsoUser(who, client);

    expect(outcome).toEqual({ user: { id: user.id, name: user.name, email: user.email } });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([stored.oidcIssuer, stored.oidcSubject]).toEqual([ISSUER, who.subject]);
  });

  it("matches later sign-ins by subject, even after the provider's email changed to someone else's", async () => {
    const user = await createUser(db);
    const other = await createUser(db);
    const who = identity({ email: user.email });
    await resolveSsoUser(who, client);

    const outcome = await resolveSsoUser({ ...who, email: other.email }, client);

    expect(outcome).toEqual({ user: { id: user.id, name: user.name, email: user.email } });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).oidcSubject).toBeNull();
  });

  it("refuses an unverified email without linking, and records the refusal", async () => {
    const user = await createUser(db);

    expect(await resolveSsoUser(identity({ email: user.email, emailVerified: false }), client)).toEqual({
      refused: "SsoUnverifiedEmail",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBeNull();
    expect(await failuresFor(user.email)).toEqual([{ reason: "sso", userId: null, ipAddress: client.ipAddress }]);
  });

  it("refuses an email nobody created an account for", async () => {
    const who = identity();
    expect(await resolveSsoUser(who, client)).toEqual({ refused: "SsoNoAccount" });
    expect(await failuresFor(who.email!)).toHaveLength(1);
  });

  it("refuses a deactivated account, whether found by email or by its linked subject", async () => {
    const byEmail = await createUser(db);
    await db.user.update({ where: { id: byEmail.id }, data: { deactivatedAt: new Date() } });
    expect(await resolveSsoUser(identity({ email: byEmail.email }), client)).toEqual({ refused: "SsoDeactivated" });

    const linked = await createUser(db);
    const who = identity({ email: linked.email });
    await resolveSsoUser(who, client);
    await db.user.update({ where: { id: linked.id }, data: { deactivatedAt: new Date() } });
    expect(await resolveSsoUser(who, client)).toEqual({ refused: "SsoDeactivated" });
    expect(await failuresFor(linked.email)).toEqual([
      { reason: "sso", userId: linked.id, ipAddress: client.ipAddress },
    ]);
  });

  it("does not relink an account that another subject of the same provider already holds", async () => {
    const user = await createUser(db);
    const owner = identity({ email: user.email });
    await resolveSsoUser(owner, client);

    const intruder = identity({ email: user.email });
    expect(await resolveSsoUser(intruder, client)).toEqual({ refused: "SsoLinkedElsewhere" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBe(owner.subject);
  });

  it("replaces a link to another issuer, so a newsroom can change provider", async () => {
    const user = await createUser(db);
    await resolveSsoUser(identity({ issuer: "https://old-idp.example.org", email: user.email }), client);

    const now = identity({ email: user.email });
    expect(await resolveSsoUser(now, client)).toMatchObject({ user: { id: user.id } });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([stored.oidcIssuer, stored.oidcSubject]).toEqual([ISSUER, now.subject]);
  });
});

describe("ssoIdentity", () => {
  it("counts only a literal true as a verified email, and compares emails in lower case", () => {
    const claims = { iss: ISSUER, sub: "abc", email: " Person@Example.ORG " };
    expect(ssoIdentity({ ...claims, email_verified: true })).toEqual({
      issuer: ISSUER,
      subject: "abc",
      email: "person@example.org",
      emailVerified: true,
    });
    expect(ssoIdentity({ ...claims, email_verified: "true" })?.emailVerified).toBe(false);
    expect(ssoIdentity(claims)?.emailVerified).toBe(false);
    expect(ssoIdentity({ iss: ISSUER })).toBeNull();
  });
});
