"use client";

import { useState } from "react";
import type { AccountLockView } from "@/lib/users/sign-in-security-view";
import { apiRequest } from "@/components/api-client";
import { formatTime } from "@/components/ui/format-time";
import { useApiSubmit } from "@/components/ui/use-api-submit";

/** Accounts locked right now, each with its Unlock button. */
export function LockedAccounts({ initialLocks }: { initialLocks: AccountLockView[] }) {
  const [locks, setLocks] = useState(initialLocks);
  const [status, setStatus] = useState("");
  const { pending, failure, submit } = useApiSubmit();

  async function unlock(lock: AccountLockView) {
    if (pending) return;
    const done = await submit(async () => {
      await apiRequest<void>("POST", `/api/users/${lock.userId}/unlock`);
      return true;
    });
    if (!done) return;
    setLocks((list) => list.filter((l) => l.userId !== lock.userId));
    setStatus(`${lock.name} is unlocked and can sign in again.`);
  }

  return (
    <section aria-labelledby="locked-heading">
      <h2 id="locked-heading">Locked accounts</h2>
      <p role="status">{status}</p>
      {failure && (
        <p role="alert" className="field__error">
          {failure.message}
        </p>
      )}
      {locks.length === 0 ? (
        <p>No account is locked.</p>
      ) : (
        <ul aria-labelledby="locked-heading">
          {locks.map((lock) => (
            <li key={lock.userId}>
              {lock.name} ({lock.email}): locked until {formatTime(lock.lockedUntil)} after {lock.failures} failed
              attempts.{" "}
              <button
                type="button"
                className="button button--small"
                aria-disabled={pending}
                aria-label={`Unlock ${lock.name}`}
                onClick={() => void unlock(lock)}
              >
                Unlock
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
