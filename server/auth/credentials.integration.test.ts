import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/server/db";
import { createUser } from "@/prisma/seed/factories";
import { retryAfterFromSignInError } from "@/lib/auth/sign-in-throttle";
import { authorizeCredentials } from "@/server/auth/credentials";
import { accountThrottleKey } from "@/server/auth/throttle-policy";

const PASSWORD = "correct horse battery staple";
const from = (address: string) => new Headers({ "x-forwarded-for": address });
const address = () => `203.0.113.${randomUUID().slice(0, 6)}`;
const failuresFor = (email: string) =>
  db.signInFailure.findMany({
    where: { email },
    orderBy: { id: "asc" },
    select: { reason: true, userId: true, ipAddress: true },
  });

/** The error message authorize threw, or null when it returned. */
async function thrown(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe("authorizeCredentials", () => {
  it("logs each failure with its reason and address, then refuses even the right password while locked", async () => {
    const user = await createUser(db, { password: PASSWORD });
    const ip = address();
    for (let i = 0; i < 6; i++) {
      expect(await authorizeCredentials({ email: user.email, password: "wrong password!" }, from(ip))).toBeNull();
    }
    const locked = await thrown(
      authorizeCredentials({ email: user.email.toUpperCase(), password: PASSWORD }, from(ip)),
    );
    expect(retryAfterFromSignInError(locked)).toBeGreaterThan(0);

    const logged = await failuresFor(user.email);
    expect(logged).toHaveLength(7);
    expect(logged.slice(0, 6).every((f) => f.reason === "password" && f.userId === user.id && f.ipAddress === ip)).toBe(
      true,
    );
    expect(logged[6]).toMatchObject({ reason: "throttled" });
  });

  it("signs in once the lock has run out, and a success forgets the account's failures", async () => {
    const user = await createUser(db, { password: PASSWORD });
    for (let i = 0; i < 6; i++)
      await authorizeCredentials({ email: user.email, password: "nope nope nope" }, from(address()));
    await db.signInThrottle.update({
      where: { key: accountThrottleKey(user.email) },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    expect(await authorizeCredentials({ email: user.email, password: PASSWORD }, from(address()))).toEqual({
      id: user.id,
      name: user.name,
      email: user.email,
    });
    expect(await db.signInThrottle.findUnique({ where: { key: accountThrottleKey(user.email) } })).toBeNull();
  });

  it("logs unknown and deactivated accounts as such, counted like wrong passwords", async () => {
    const unknown = `nobody-${randomUUID().slice(0, 8)}@example.org`;
    expect(await authorizeCredentials({ email: unknown, password: PASSWORD }, from(address()))).toBeNull();
    const gone = await createUser(db, { password: PASSWORD });
    await db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    expect(await authorizeCredentials({ email: gone.email, password: PASSWORD }, from(address()))).toBeNull();

    expect(await failuresFor(unknown)).toEqual([expect.objectContaining({ reason: "unknown-account", userId: null })]);
    expect(await failuresFor(gone.email)).toEqual([
      expect.objectContaining({ reason: "deactivated", userId: gone.id }),
    ]);
    expect((await db.signInThrottle.findUniqueOrThrow({ where: { key: accountThrottleKey(unknown) } })).failures).toBe(
      1,
    );
  });
});
