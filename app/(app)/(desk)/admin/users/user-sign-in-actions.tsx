"use client";

import { useId, useState } from "react";
import type { UserView } from "@/lib/users/user-view";
import { apiRequest } from "@/components/api-client";
import { formatTime } from "@/components/ui/format-time";
import { useApiSubmit } from "@/components/ui/use-api-submit";

/**
 * An admin's sign-in actions on one account: end all their sessions, or hand them a one-time
 * reset link. The link is shown here once; the server keeps only its hash.
 */
export function UserSignInActions({ user, onDone }: { user: UserView; onDone: (message: string) => void }) {
  const { pending, failure, submit } = useApiSubmit();
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const linkId = useId();

  async function signOutEverywhere() {
    if (pending) return;
    const result = await submit(() => apiRequest<{ revoked: number }>("POST", `/api/users/${user.id}/sessions/revoke`));
    if (result) {
      const n = result.revoked;
      onDone(`${user.name} is signed out everywhere (${n} ${n === 1 ? "session" : "sessions"} ended).`);
    }
  }

  async function createResetLink() {
    if (pending) return;
    const result = await submit(() =>
      apiRequest<{ url: string; expiresAt: string }>("POST", `/api/users/${user.id}/password-reset`),
    );
    if (result) {
      setLink(result);
      onDone(`Reset link for ${user.name} created. It works once, until ${formatTime(result.expiresAt)}.`);
    }
  }

  return (
    <div className="users-table__sign-in">
      <button
        type="button"
        className="button button--small"
        aria-disabled={pending}
        aria-label={`Sign out ${user.name} everywhere`}
        onClick={() => void signOutEverywhere()}
      >
        Sign out everywhere
      </button>
      {user.active && (
        <button
          type="button"
          className="button button--small"
          aria-disabled={pending}
          aria-label={`Create reset link for ${user.name}`}
          onClick={() => void createResetLink()}
        >
          Create reset link
        </button>
      )}
      {link && (
        <p>
          <label htmlFor={linkId}>Reset link for {user.name}</label>{" "}
          <input id={linkId} type="text" readOnly value={link.url} onFocus={(e) => e.target.select()} />{" "}
          <span className="field__hint">
            Shown once. Pass it on in person or by phone; it works once, until {formatTime(link.expiresAt)}.
          </span>
        </p>
      )}
      {failure && (
        <p role="alert" className="field__error users-table__error">
          {failure.message}
        </p>
      )}
    </div>
  );
}
