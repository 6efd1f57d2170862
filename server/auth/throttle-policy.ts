/**
 * How many failed sign-ins a key gets for free, and how long it is locked after each one beyond.
 * Locks double from `firstLockSeconds` up to `maxLockSeconds`; the count starts again after
 * `windowSeconds` without a failure (and, for an account, after a successful sign-in).
 *
 * The first lock is 30 s, not 1 s: a person who mistyped six times waits half a minute, while a
 * script is down to four guesses an hour per account within ten failures.
 */
export interface ThrottlePolicy {
  freeFailures: number;
  firstLockSeconds: number;
  maxLockSeconds: number;
  windowSeconds: number;
}

export const ACCOUNT_POLICY: ThrottlePolicy = {
  freeFailures: 5,
  firstLockSeconds: 30,
  maxLockSeconds: 15 * 60,
  windowSeconds: 24 * 60 * 60,
};

/**
 * A newsroom's staff often share one address (office NAT, VPN), so an address gets many more
 * free failures than an account; it still stops one machine spraying guesses across accounts.
 */
export const ADDRESS_POLICY: ThrottlePolicy = {
  freeFailures: 100,
  firstLockSeconds: 30,
  maxLockSeconds: 15 * 60,
  windowSeconds: 60 * 60,
};

export function accountThrottleKey(email: string): string {
  return `email:${email.trim().toLowerCase()}`;
}

export function addressThrottleKey(address: string): string {
  return `ip:${address}`;
}
