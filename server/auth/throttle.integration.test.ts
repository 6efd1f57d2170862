import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/server/db";
import { accountThrottleKey, addressThrottleKey } from "@/server/auth/throttle-policy";
import { clearAccountThrottle, lockSeconds, releaseSignInAttempt, reserveSignInAttempt } from "@/server/auth/throttle";

const freshEmail = () => `target-${randomUUID().slice(0, 8)}@example.org`;
const freshAddress = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;
const row = (key: string) => db.signInThrottle.findUniqueOrThrow({ where: { key } });
const lockLengthSeconds = async (key: string) => {
  const r = await row(key);
  return r.lockedUntil ? (r.lockedUntil.getTime() - r.lastFailureAt.getTime()) / 1000 : 0;
};
/** Ends the running lock as if its time had passed, keeping the count. */
const expireLock = (key: string) =>
  db.signInThrottle.update({ where: { key }, data: { lockedUntil: new Date(Date.now() - 1000) } });

async function fail(email: string, ip: string | null = null) {
  const result = await reserveSignInAttempt(email, ip);
  expect(result.ok).toBe(true);
}

describe("sign-in throttling per account", () => {
  it("lets five failures through, then locks for 30 s, and refuses while locked without counting", async () => {
    const email = freshEmail();
    for (let i = 0; i < 5; i++) await fail(email);
    expect((await row(accountThrottleKey(email))).lockedUntil).toBeNull();
    expect(await lockSeconds(email, null)).toBe(0);

    await fail(email);
    expect(await lockLengthSeconds(accountThrottleKey(email))).toBe(30);

    const refused = await reserveSignInAttempt(email.toUpperCase(), null);
    expect(refused).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeLessThanOrEqual(30);
    expect((await row(accountThrottleKey(email))).failures).toBe(6);
  });

  it("doubles the lock with each failure after it ends, up to 15 minutes", async () => {
    const email = freshEmail();
    const key = accountThrottleKey(email);
    for (let i = 0; i < 6; i++) await fail(email);
    const lengths = [];
    for (let i = 0; i < 6; i++) {
      await expireLock(key);
      await fail(email);
      lengths.push(await lockLengthSeconds(key));
    }
    expect(lengths).toEqual([60, 120, 240, 480, 900, 900]);

    // A long siege must not overflow the arithmetic.
    await db.signInThrottle.update({ where: { key }, data: { failures: 5000, lockedUntil: null } });
    await fail(email);
    expect(await lockLengthSeconds(key)).toBe(900);
  });

  it("starts counting afresh after a day without failures", async () => {
    const email = freshEmail();
    const key = accountThrottleKey(email);
    for (let i = 0; i < 6; i++) await fail(email);
    await db.signInThrottle.update({
      where: { key },
      data: { lastFailureAt: new Date(Date.now() - 25 * 60 * 60 * 1000), lockedUntil: null },
    });
    await fail(email);
    expect(await row(key)).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it("counts parallel attempts from many instances exactly: six get through, the rest are refused", async () => {
    const email = freshEmail();
    // Open pool connections first, so the attempts really overlap.
    await Promise.all([1, 2, 3, 4].map(() => db.$executeRaw`SELECT 1`));
    const results = await Promise.all(Array.from({ length: 30 }, () => reserveSignInAttempt(email, null)));
    expect(results.filter((r) => r.ok)).toHaveLength(6);
    expect(results.filter((r) => !r.ok)).toHaveLength(24);
    expect(await row(accountThrottleKey(email))).toMatchObject({ failures: 6 });
  });

  it("gives back an attempt that was no failure, with the lock it set; clearing starts afresh", async () => {
    const email = freshEmail();
    const key = accountThrottleKey(email);
    for (let i = 0; i < 5; i++) await fail(email);
    const sixth = await reserveSignInAttempt(email, null);
    expect(sixth.ok && (await row(key)).lockedUntil).not.toBeNull();
    if (sixth.ok) await releaseSignInAttempt(sixth.reservation);
    expect(await row(key)).toMatchObject({ failures: 5, lockedUntil: null });

    await clearAccountThrottle(email);
    expect(await db.signInThrottle.findUnique({ where: { key } })).toBeNull();
  });
});

describe("sign-in throttling per client address", () => {
  it("allows 100 failures across accounts, then locks the address for every account", async () => {
    const ip = freshAddress();
    for (let i = 0; i < 100; i++) await fail(`spray-${i}-${randomUUID().slice(0, 6)}@example.org`, ip);
    expect((await row(addressThrottleKey(ip))).lockedUntil).toBeNull();
    await fail(freshEmail(), ip);
    expect(await lockLengthSeconds(addressThrottleKey(ip))).toBe(30);

    const someoneElse = freshEmail();
    expect((await reserveSignInAttempt(someoneElse, ip)).ok).toBe(false);
    // The refusal counted nothing against the account it named.
    expect(await db.signInThrottle.findUnique({ where: { key: accountThrottleKey(someoneElse) } })).toMatchObject({
      failures: 0,
    });
    expect((await reserveSignInAttempt(someoneElse, freshAddress())).ok).toBe(true);
  });
});
