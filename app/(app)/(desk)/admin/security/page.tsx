import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/lib/permissions";
import { requirePageUser } from "@/server/auth";
import { ACCOUNT_POLICY, ADDRESS_POLICY } from "@/server/auth/throttle-policy";
import { signInSecurity } from "@/server/users/sign-in-security";
import { FailedSignIns } from "./failed-sign-ins";
import { LockedAccounts } from "./locked-accounts";

export const metadata: Metadata = { title: "Sign-in security" };

export default async function SignInSecurityPage() {
  const user = await requirePageUser();
  // Not a 403: people without the permission need not learn that the page exists.
  if (!can(user, "user.manage")) notFound();
  const { failures, locks } = await signInSecurity(user);
  return (
    <div className="page">
      <h1>Sign-in security</h1>
      <p>
        After {ACCOUNT_POLICY.freeFailures} failed sign-ins an account is locked for {ACCOUNT_POLICY.firstLockSeconds}{" "}
        seconds, then twice as long after each further failure, up to {ACCOUNT_POLICY.maxLockSeconds / 60} minutes; a
        client address gets {ADDRESS_POLICY.freeFailures} failures before the same. Unlock an account when its owner has
        been locked out by someone else&apos;s guesses.
      </p>
      <LockedAccounts initialLocks={locks} />
      <FailedSignIns failures={failures} />
    </div>
  );
}
