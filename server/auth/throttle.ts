import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import { db } from "@/server/db";
import {
  ACCOUNT_POLICY,
  ADDRESS_POLICY,
  accountThrottleKey,
  addressThrottleKey,
  type ThrottlePolicy,
} from "@/server/auth/throttle-policy";

type ThrottleKey = { key: string; policy: ThrottlePolicy };

/** The attempts counted for one sign-in, to give back if it turns out not to be a failure. */
export type SignInReservation = { counted: { key: string; lockedUntilMs: number | null }[] };

export type ReserveResult = { ok: true; reservation: SignInReservation } | { ok: false; retryAfterSeconds: number };

function keysFor(email: string, ipAddress: string | null): ThrottleKey[] {
  const keys = [{ key: accountThrottleKey(email), policy: ACCOUNT_POLICY }];
  if (ipAddress) keys.push({ key: addressThrottleKey(ipAddress), policy: ADDRESS_POLICY });
  return keys;
}

// Times cross into SQL as epoch milliseconds, read as UTC: the same instants Prisma stores for
// DateTime columns, whatever the database's time zone.
const at = (ms: number) => Prisma.sql`(to_timestamp(${ms / 1000}::float8) AT TIME ZONE 'UTC')`;

/**
 * Counts one attempt against the key as a failure, before the password is checked, unless the
 * key is locked. One statement: concurrent attempts on every instance queue on the row, and each
 * sees the previous one's count and lock, so a burst of parallel guesses gets exactly the free
 * failures plus one through before the rest are refused. Returns the lock this attempt set (null:
 * none yet), or "locked" when the key was already locked and nothing was counted.
 */
async function countAttempt({ key, policy }: ThrottleKey, nowMs: number): Promise<number | null | "locked"> {
  const next = Prisma.sql`(CASE WHEN t."lastFailureAt" <= ${at(nowMs - policy.windowSeconds * 1000)} THEN 1 ELSE t."failures" + 1 END)`;
  // The exponent is capped so a months-long attack cannot overflow float8.
  const lock = Prisma.sql`LEAST(${policy.maxLockSeconds}::float8, ${policy.firstLockSeconds}::float8 * power(2::float8, LEAST(${next} - ${policy.freeFailures} - 1, 30)))`;
  const rows = await db.$queryRaw<{ lockedUntilMs: number | null }[]>`
    INSERT INTO "SignInThrottle" AS t ("key", "failures", "lastFailureAt", "lockedUntil")
    VALUES (${key}, 1, ${at(nowMs)}, NULL)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = ${next},
      "lastFailureAt" = ${at(nowMs)},
      "lockedUntil" = CASE WHEN ${next} > ${policy.freeFailures}
        THEN ${at(nowMs)} + make_interval(secs => ${lock}) ELSE NULL END
    WHERE t."lockedUntil" IS NULL OR t."lockedUntil" <= ${at(nowMs)}
    RETURNING (EXTRACT(EPOCH FROM "lockedUntil") * 1000)::float8 AS "lockedUntilMs"`;
  return rows.length === 0 ? "locked" : (rows[0]!.lockedUntilMs ?? null);
}

/**
 * Starts a sign-in (or a password check): counts it against the account and the client address,
 * or refuses it with the seconds until the later of their locks ends.
 */
export async function reserveSignInAttempt(email: string, ipAddress: string | null): Promise<ReserveResult> {
  const nowMs = Date.now();
  const reservation: SignInReservation = { counted: [] };
  for (const key of keysFor(email, ipAddress)) {
    const result = await countAttempt(key, nowMs);
    if (result === "locked") {
      await releaseSignInAttempt(reservation);
      return { ok: false, retryAfterSeconds: (await lockSeconds(email, ipAddress)) || 1 };
    }
    reservation.counted.push({ key: key.key, lockedUntilMs: result });
  }
  return { ok: true, reservation };
}

/**
 * Gives back what reserveSignInAttempt counted, for an attempt that was not a failure (right
 * password, second factor still to come), including a lock that this attempt alone set.
 */
export async function releaseSignInAttempt({ counted }: SignInReservation): Promise<void> {
  for (const { key, lockedUntilMs } of counted) {
    const lock =
      lockedUntilMs === null
        ? Prisma.sql`"lockedUntil"`
        : Prisma.sql`CASE WHEN "lockedUntil" = ${at(lockedUntilMs)} THEN NULL ELSE "lockedUntil" END`;
    await db.$executeRaw`
      UPDATE "SignInThrottle" SET "failures" = GREATEST("failures" - 1, 0), "lockedUntil" = ${lock}
      WHERE "key" = ${key}`;
  }
}

/** A successful sign-in, a password reset or an admin's unlock: the account starts afresh. */
export async function clearAccountThrottle(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: accountThrottleKey(email) } });
}

/** Seconds until the account or address may try again; 0 when neither is locked. Reads only. */
export async function lockSeconds(email: string, ipAddress: string | null): Promise<number> {
  const now = Date.now();
  const locks = await db.signInThrottle.findMany({
    where: { key: { in: keysFor(email, ipAddress).map((k) => k.key) }, lockedUntil: { gt: new Date(now) } },
    select: { lockedUntil: true },
  });
  const until = Math.max(0, ...locks.map((l) => l.lockedUntil!.getTime()));
  return until > now ? Math.ceil((until - now) / 1000) : 0;
}

/** Every account lock still running, keyed by normalized email, for the admin's view. */
export async function activeAccountLocks(): Promise<Map<string, { lockedUntil: Date; failures: number }>> {
  const rows = await db.signInThrottle.findMany({
    where: { key: { startsWith: "email:" }, lockedUntil: { gt: new Date() } },
  });
  return new Map(
    rows.map((r) => [r.key.slice("email:".length), { lockedUntil: r.lockedUntil!, failures: r.failures }]),
  );
}
