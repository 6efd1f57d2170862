"use client";

import { useState } from "react";

/**
 * Signs out through next-auth's endpoint directly (CSRF token, then POST), which keeps the
 * next-auth client library out of every desk page's JavaScript.
 */
export async function signOutOfDesk(): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
  // A full page load on purpose: nothing of the signed-in session may stay in client state.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign("/sign-in");
}

export function SignOutButton() {
  const [pending, setPending] = useState(false);

  async function signOut() {
    setPending(true);
    await signOutOfDesk();
  }

  return (
    <button type="button" className="button button--quiet" onClick={signOut} disabled={pending}>
      Sign out
    </button>
  );
}
